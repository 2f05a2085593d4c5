import { isIPv4, isIPv6 } from 'node:net';

/**
 * Checks for the OpenAPI `format`s found in Kubernetes schemas. Unknown formats pass, as they do
 * in the API server. Returns an error message or undefined.
 */
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const BASE64 =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Go time.ParseDuration syntax, e.g. `1h30m`, `500ms`, `-1.5s`, `0`. */
const GO_DURATION = /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const INT64_LIMIT = 2 ** 63;

export function checkFormat(
  format: string,
  value: unknown,
): string | undefined {
  switch (format) {
    case 'int32':
      if (
        typeof value === 'number' &&
        (value < INT32_MIN || value > INT32_MAX)
      ) {
        return `${value} is out of range for int32`;
      }
      return undefined;
    case 'int64':
      if (
        typeof value === 'number' &&
        (value < -INT64_LIMIT || value >= INT64_LIMIT)
      ) {
        return `${value} is out of range for int64`;
      }
      return undefined;
    case 'date-time':
      if (typeof value === 'string' && !DATE_TIME.test(value)) {
        return `${JSON.stringify(value)} is not an RFC 3339 date-time`;
      }
      return undefined;
    case 'byte':
      if (typeof value === 'string' && !BASE64.test(value)) {
        return `${JSON.stringify(value)} is not base64-encoded`;
      }
      return undefined;
    case 'ipv4':
      if (typeof value === 'string' && !isIPv4(value)) {
        return `${JSON.stringify(value)} is not an IPv4 address`;
      }
      return undefined;
    case 'ipv6':
      if (typeof value === 'string' && !isIPv6(value)) {
        return `${JSON.stringify(value)} is not an IPv6 address`;
      }
      return undefined;
    case 'duration':
      if (typeof value === 'string' && !GO_DURATION.test(value)) {
        return `${JSON.stringify(value)} is not a duration (e.g. 30s, 1h30m)`;
      }
      return undefined;
    default:
      return undefined;
  }
}
