import { Rule } from '../../types';
import { appDatabaseCluster } from './appDatabaseCluster';
import { appNamespace } from './appNamespace';
import { argoApplication } from './argoApplication';
import { bundledDatabase } from './bundledDatabase';
import { centralNamespace } from './centralNamespace';
import { dataApplication } from './dataApplication';
import { hpaPdbLocation } from './hpaPdbLocation';
import { ingressLocation } from './ingressLocation';
import { mutableTag } from './mutableTag';
import { namespaceLabels } from './namespaceLabels';
import { plaintextSecret } from './plaintextSecret';
import { privilegedPod } from './privilegedPod';
import { rolloutLocation } from './rolloutLocation';
import { secretStore } from './secretStore';
import { storageClass } from './storageClass';
import { unlistedFile } from './unlistedFile';
import { vpnMesh } from './vpnMesh';

/** The checkable rules of seed 003 (L29-L48). */
export const ARGOCD_CEPH_ESO_RULES: readonly Rule[] = [
  centralNamespace,
  namespaceLabels,
  appNamespace,
  ingressLocation,
  hpaPdbLocation,
  argoApplication,
  unlistedFile,
  plaintextSecret,
  secretStore,
  bundledDatabase,
  appDatabaseCluster,
  dataApplication,
  storageClass,
  vpnMesh,
  mutableTag,
  privilegedPod,
  rolloutLocation,
];
