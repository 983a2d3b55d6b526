export * from './roles';
export * from './principal';
export * from './auth-errors';
export * from './auth-problem';
export type { BilingualText } from './auth-messages';
export * from './auth-options';
export * from './jwt-verifier';
export * from './agency-access';
export * from './org-chart';
export {
  AUTH_OPTIONS,
  IS_PUBLIC_KEY,
  ROLES_KEY,
  AGENCY_SCOPE_KEY,
  PRINCIPAL_REQUEST_KEY,
} from './auth.constants';
export * from './auth.decorators';
export * from './auth.guard';
export * from './agency-scope.guard';
export * from './auth-error.filter';
export * from './auth.module';
export * from './dev-keys';
