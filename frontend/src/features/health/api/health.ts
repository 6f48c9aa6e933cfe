import { get, type RequestOptions } from '@/lib/api-client';

/**
 * Spring Boot Actuator's health status; other fields of the response are ignored. Typed by hand: actuator
 * endpoints are not in the OpenAPI document.
 */
export interface Health {
  status: 'UP' | 'DOWN' | 'OUT_OF_SERVICE' | 'UNKNOWN' | (string & {});
}

export function getHealth(options?: RequestOptions): Promise<Health> {
  return get<Health>('/actuator/health', options);
}
