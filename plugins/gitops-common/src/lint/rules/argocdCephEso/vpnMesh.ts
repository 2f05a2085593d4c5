import { arrayAt, containersOf, getIn, podMetadataPath } from '../../k8s';
import { podSpecs } from '../../references';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { ArgoRule, centralNamespaces, doc } from './common';

const INJECT = 'linkerd.io/inject';
/** Images of VPN clients (NET_ADMIN alone is not one: traffic shapers and network tools have it too). */
const VPN_IMAGE = /(^|\/)(gluetun|wireguard|openvpn|wg-easy|tailscale)[^/]*(:|@|$)/;

/** L43: pods with a VPN sidecar stay out of the mesh. */
export const vpnMesh: ArgoRule = {
  ...doc('vpn-mesh', 'error', 'L43', 'pods with a VPN sidecar (gluetun, NET_ADMIN, /dev/net/tun) must not be meshed: namespace or pod linkerd.io/inject: disabled.'),
  title: 'VPN pods are not meshed',
  description: `A pod with a VPN container (a gluetun, WireGuard, OpenVPN or Tailscale image, or a /dev/net/tun hostPath) carries the annotation ${INJECT}: disabled, or its namespace does.`,
  check: ({ index, options }) => {
    const out: RawFinding[] = [];
    const namespaces = centralNamespaces(index, options);
    for (const { doc: d, specPath } of podSpecs(index)) {
      const vpn =
        containersOf(d.value, specPath).find(({ container }) => {
          const image = typeof container.image === 'string' ? container.image : '';
          return VPN_IMAGE.test(image);
        }) ?? undefined;
      const tun = arrayAt(d.value, [...specPath, 'volumes']).some(v => getIn(v, ['hostPath', 'path']) === '/dev/net/tun');
      if (!vpn && !tun) continue;
      const podAnnotation = getIn(d.value, [...podMetadataPath(d.kind!), 'annotations', INJECT]);
      const ns = namespaces.get(index.namespaceOf(d) ?? '');
      const nsAnnotation = ns && getIn(ns.value, ['metadata', 'annotations', INJECT]);
      if (podAnnotation === 'disabled' || (podAnnotation === undefined && nsAnnotation === 'disabled')) continue;
      let where: (string | number)[] = [...specPath, 'volumes'];
      if (vpn) where = [...vpn.path, 'name'];
      if (podAnnotation !== undefined) where = [...podMetadataPath(d.kind!), 'annotations', INJECT];
      const why = podAnnotation === 'enabled' ? `its pod template sets ${INJECT}: enabled` : `no ${INJECT}: disabled on the pod or its namespace`;
      out.push(
        at(
          d,
          where,
          `${d.label} runs a VPN${vpn ? ` (container ${String(vpn.container.name)})` : ''} but is not kept out of the mesh: ${why}`,
          `Annotate the pod template with ${INJECT}: disabled.`,
        ),
      );
    }
    return out;
  },
};
