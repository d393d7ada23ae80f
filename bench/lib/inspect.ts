/**
 * In-process CPU profiling with node:inspector (for work that needs the live process, e.g. the end-to-end
 * rounds with their fakes): start, run, stop, summarise.
 */
import { Session } from "node:inspector/promises";
import type { CpuProfile } from "./cpuprofile.ts";

export async function profileWhile<T>(work: () => Promise<T>, intervalUs = 200): Promise<{ value: T; profile: CpuProfile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: intervalUs });
    await session.post("Profiler.start");
    const value = await work();
    const { profile } = await session.post("Profiler.stop");
    return { value, profile: profile as unknown as CpuProfile };
  } finally {
    session.disconnect();
  }
}
