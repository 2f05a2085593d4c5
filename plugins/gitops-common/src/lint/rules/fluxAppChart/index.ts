import { Rule } from '../../types';
import { appId } from './appId';
import { imageTag } from './imageTag';
import { noAutoscaling } from './noAutoscaling';
import { unlistedFile, unregisteredApp } from './registration';
import { appSecret, secretLocation } from './secrets';
import { templateLeftovers } from './templateLeftovers';

/** The rules of seed 001 (L22-L27). */
export const FLUX_APP_CHART_RULES: readonly Rule[] = [
  appId,
  unregisteredApp,
  unlistedFile,
  imageTag,
  secretLocation,
  appSecret,
  templateLeftovers,
  noAutoscaling,
];
