import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';

/** One dependency readiness depends on; `check` throws (or times out) when it is unreachable. */
export interface HealthProbe {
  name: string;
  check(): Promise<void>;
}

export const HEALTH_PROBES = Symbol('HEALTH_PROBES');

const PROBE_TIMEOUT_MS = 3000;

async function run(probe: HealthProbe): Promise<{ name: string; ok: boolean; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe.check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
      }),
    ]);
    return { name: probe.name, ok: true };
  } catch (error) {
    return { name: probe.name, ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Liveness (the process answers) and readiness (what it needs answers too), for orchestrators. */
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_PROBES) private readonly probes: HealthProbe[]) {}

  @Get('live')
  live(@Res() res: Response): void {
    res.status(200).json({ status: 'ok' });
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const results = await Promise.all(this.probes.map(run));
    const failed = results.filter((result) => !result.ok);
    res.setHeader('cache-control', 'no-store');
    res.status(failed.length === 0 ? 200 : 503).json({
      status: failed.length === 0 ? 'ok' : 'unavailable',
      failed: failed.map((result) => result.name),
      checks: Object.fromEntries(results.map((result) => [result.name, result.ok ? 'ok' : result.error])),
    });
  }
}
