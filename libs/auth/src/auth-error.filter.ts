import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { AuthError } from './auth-errors';
import { authChallenge, authProblem } from './auth-problem';

interface ProblemResponse {
  status(code: number): this;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
}

/**
 * problem+json for auth errors only. Services with the platform's catch-all filter do not need
 * it (that filter calls authProblem); it exists for apps and tests without one.
 */
@Catch(AuthError)
export class AuthErrorFilter implements ExceptionFilter<AuthError> {
  catch(error: AuthError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<ProblemResponse>();
    const challenge = authChallenge(error);
    if (challenge) response.setHeader('WWW-Authenticate', challenge);
    response.setHeader('Content-Type', 'application/problem+json; charset=utf-8');
    response.status(error.status).json(authProblem(error));
  }
}
