import { Rule } from '../../types';
import { bundledPostgres, bundledPvc } from './bundledStorage';
import { chartVersion } from './chartVersion';
import { cnpgStorageClass } from './cnpgStorageClass';
import { cnpgVolume } from './cnpgVolume';
import { gitRef } from './gitRef';
import { gpuStrategy } from './gpuStrategy';
import { httpLoadBalancer } from './httpLoadBalancer';
import { infraInApps } from './infraInApps';
import { ingress } from './ingress';
import { ingressEditInPlace } from './ingressEditInPlace';
import { ingressHost } from './ingressHost';
import { loadBalancerPolicy } from './loadBalancerPolicy';
import { lvmVolumeMatch } from './lvmVolumeMatch';
import { mutableTag } from './mutableTag';
import { namespacePerApp } from './namespacePerApp';
import { oidcSecretPath } from './oidcSecretPath';
import { plaintextSecret } from './plaintextSecret';
import { privilegedNamespace } from './privilegedNamespace';
import { pvcVolumeName } from './pvcVolumeName';
import { unlistedFile, unregisteredApp } from './registration';
import { renovateComment } from './renovateComment';
import { vsoChain } from './vsoChain';

/** The rules of seed 000 (L01-L21), in the order of the guidelines. */
export const FLUX_LVM_OPENBAO_RULES: readonly Rule[] = [
  unregisteredApp,
  unlistedFile,
  namespacePerApp,
  infraInApps,
  chartVersion,
  gitRef,
  mutableTag,
  renovateComment,
  bundledPvc,
  bundledPostgres,
  pvcVolumeName,
  lvmVolumeMatch,
  cnpgStorageClass,
  cnpgVolume,
  plaintextSecret,
  vsoChain,
  httpLoadBalancer,
  loadBalancerPolicy,
  ingress,
  ingressEditInPlace,
  ingressHost,
  privilegedNamespace,
  gpuStrategy,
  oidcSecretPath,
];
