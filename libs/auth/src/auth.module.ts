import {
  DynamicModule,
  InjectionToken,
  Module,
  OptionalFactoryDependency,
  Provider,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AgencyScopeGuard } from './agency-scope.guard';
import { AuthErrorFilter } from './auth-error.filter';
import { AUTH_OPTIONS } from './auth.constants';
import { AuthGuard } from './auth.guard';
import { parseAuthOptions, type AuthOptions } from './auth-options';
import { JwtVerifier } from './jwt-verifier';

export interface AuthModuleAsyncOptions {
  readonly imports?: DynamicModule['imports'];
  readonly inject?: Array<InjectionToken | OptionalFactoryDependency>;
  readonly useFactory: (...args: never[]) => AuthOptions | Promise<AuthOptions>;
  /** Known at import time, unlike the factory's result. */
  readonly problemFilter?: boolean;
}

const shared: Provider[] = [
  {
    provide: JwtVerifier,
    useFactory: (options: AuthOptions) => new JwtVerifier(options),
    inject: [AUTH_OPTIONS],
  },
  { provide: APP_GUARD, useClass: AuthGuard },
  AgencyScopeGuard,
];

const exported = [AUTH_OPTIONS, JwtVerifier, AgencyScopeGuard];

function filterProviders(problemFilter: boolean | undefined): Provider[] {
  return problemFilter ? [{ provide: APP_FILTER, useClass: AuthErrorFilter }] : [];
}

/** Global bearer-token auth: every HTTP route needs a token unless @Public(). */
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    const parsed = parseAuthOptions(options);
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_OPTIONS, useValue: parsed },
        ...shared,
        ...filterProviders(parsed.problemFilter),
      ],
      exports: exported,
    };
  }

  static forRootAsync(options: AuthModuleAsyncOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        {
          provide: AUTH_OPTIONS,
          useFactory: async (...args: never[]) =>
            parseAuthOptions(await options.useFactory(...args)),
          inject: options.inject ?? [],
        },
        ...shared,
        ...filterProviders(options.problemFilter),
      ],
      exports: exported,
    };
  }
}
