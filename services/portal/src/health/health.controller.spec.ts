import type { Response } from 'express';
import { ConnectionStates, type Connection } from 'mongoose';
import { HealthController } from './health.controller';

describe(HealthController.name, () => {
  const res = () => ({ status: jest.fn() }) as unknown as Response & { status: jest.Mock };

  it('should be ready with sessions in memory', () => {
    const r = res();
    expect(new HealthController(null).ready(r)).toEqual({ status: 'up' });
    expect(r.status).not.toHaveBeenCalled();
  });

  it('should not be ready while the shared session store is unreachable', () => {
    const lost = { readyState: ConnectionStates.disconnected } as Connection;
    const r = res();
    expect(new HealthController(lost).ready(r)).toEqual({ status: 'down' });
    expect(r.status).toHaveBeenCalledWith(503);
    const open = { readyState: ConnectionStates.connected } as Connection;
    expect(new HealthController(open).ready(res())).toEqual({ status: 'up' });
  });
});
