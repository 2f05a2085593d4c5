import { arrayAt, containersOf, getIn, podMetadataPath } from '../../k8s';
import { podSpecs } from '../../references';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { linkerdInstall, namespaceObjects } from '../shared/mesh';
import { ArgoRule, doc } from './common';

const INJECT = 'linkerd.io/inject';
/** Values of the annotation that make Linkerd inject its proxy. */
const MESHED = new Set(['enabled', 'ingress']);
/** Images of VPN clients (NET_ADMIN alone is not one: traffic shapers and network tools have it too). */
const VPN_IMAGE = /(^|\/)(gluetun|wireguard|openvpn|wg-easy|tailscale)[^/]*(:|@|$)/;

/** L43: pods with a VPN sidecar stay out of the mesh. */
export const vpnMesh: ArgoRule = {
  ...doc('vpn-mesh', 'error', 'L43', 'pods with a VPN sidecar (gluetun, NET_ADMIN, /dev/net/tun) must not be meshed: namespace or pod linkerd.io/inject: disabled.'),
  title: 'VPN pods are not meshed',
  description: `A pod with a VPN container (a gluetun, WireGuard, OpenVPN or Tailscale image, or a /dev/net/tun hostPath) is not meshed: Linkerd injects the pods whose template, or whose namespace, has ${INJECT}: enabled (and not disabled on the pod). Silent when the repository installs no Linkerd control plane.`,
  check: ({ index }) => {
    const out: RawFinding[] = [];
    if (!linkerdInstall(index)) return out;
    const namespaces = namespaceObjects(index);
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
      // Injection is opt-in: the pod's own annotation wins, else its namespace's.
      const injected = podAnnotation !== undefined ? MESHED.has(String(podAnnotation)) : MESHED.has(String(nsAnnotation));
      if (!injected) continue;
      let where: (string | number)[] = [...specPath, 'volumes'];
      if (vpn) where = [...vpn.path, 'name'];
      if (podAnnotation !== undefined) where = [...podMetadataPath(d.kind!), 'annotations', INJECT];
      const why =
        podAnnotation !== undefined
          ? `its pod template sets ${INJECT}: ${String(podAnnotation)}`
          : `its namespace ${index.namespaceOf(d)} sets ${INJECT}: ${String(nsAnnotation)}`;
      out.push(
        at(
          d,
          where,
          `${d.label} runs a VPN${vpn ? ` (container ${String(vpn.container.name)})` : ''} but is meshed: ${why}`,
          `Annotate the pod template with ${INJECT}: disabled.`,
        ),
      );
    }
    return out;
  },
};
