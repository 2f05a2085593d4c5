import { RawFinding } from '../../types';
import { at } from '../helpers';
import { doc, FluxLvmRule } from './common';
import { ingresses } from './ingresses';

const ANNOTATION = 'acme.cert-manager.io/http01-edit-in-place';

/** L18: HTTP-01 challenges are solved in the Ingress itself. */
export const ingressEditInPlace: FluxLvmRule = {
  ...doc('ingress-edit-in-place', 'warning', 'L18', 'the Ingress example ("acme.cert-manager.io/http01-edit-in-place: "true"").'),
  title: 'Ingresses solve HTTP-01 in place',
  description: `An Ingress (or an enabled ingress block of Helm values) with a cert-manager issuer carries the annotation ${ANNOTATION}: "true", as the guidelines' example does.`,
  check: ({ index }) => {
    const out: RawFinding[] = [];
    for (const ing of ingresses(index)) {
      if (ing.annotations['cert-manager.io/cluster-issuer'] === undefined || ing.annotations[ANNOTATION] === 'true') continue;
      out.push(
        at(
          ing.doc,
          ing.annotations[ANNOTATION] === undefined ? ing.annotationsPath : [...ing.annotationsPath, ANNOTATION],
          `${ing.label} does not set ${ANNOTATION}: "true"`,
          `Add the annotation ${ANNOTATION}: "true" (quoted).`,
        ),
      );
    }
    return out;
  },
};
