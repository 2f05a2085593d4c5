import { getIn } from '../../k8s';
import { RawFinding } from '../../types';
import { at } from '../helpers';
import { doc, FluxLvmRule } from './common';
import { loadBalancers } from './loadBalancers';

const WANTED: [string, string][] = [
  ['externalTrafficPolicy', 'Local'],
  ['ipFamilyPolicy', 'PreferDualStack'],
];

/** L17: LoadBalancers keep client addresses and serve IPv6 as the example does. */
export const loadBalancerPolicy: FluxLvmRule = {
  ...doc(
    'loadbalancer-policy',
    'warning',
    'L17',
    'the LoadBalancer example ("type: LoadBalancer, externalTrafficPolicy: Local, ipFamilyPolicy: PreferDualStack") and "IPv6 will be directly reachable from the internet by its assigned address".',
  ),
  title: 'LoadBalancers use externalTrafficPolicy Local and PreferDualStack',
  description: 'A LoadBalancer Service (or a type: LoadBalancer block of Helm values) sets externalTrafficPolicy: Local and ipFamilyPolicy: PreferDualStack.',
  check: ({ index }) => {
    const out: RawFinding[] = [];
    for (const lb of loadBalancers(index)) {
      for (const [field, value] of WANTED) {
        const actual = getIn(lb.doc.value, [...lb.specPath, field]);
        if (actual === value) continue;
        out.push(
          at(
            lb.doc,
            actual === undefined ? [...lb.specPath, 'type'] : [...lb.specPath, field],
            `${lb.label} has ${field} ${actual === undefined ? 'unset' : String(actual)}, not ${value}`,
            `Set ${field}: ${value}.`,
          ),
        );
      }
    }
    return out;
  },
};
