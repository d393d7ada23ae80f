import { describe, expect, it } from "vitest";
import cron from "node-cron";
import {
  canonicalZone, cronFromTime, firesBetween, lastFireWithin, minGapMinutes, nextFire, parseCronFields, parseDays,
  parseTimeOfDay, slotKey, validateCron,
} from "../../src/digest/schedule.ts";

const fields = (expr: string) => {
  const r = parseCronFields(expr);
  if (!r.ok) throw new Error(r.key);
  return r.value;
};
const iso = (d: Date | null | undefined) => d?.toISOString();

describe("times and days", () => {
  it("GIVEN times of day THEN valid ones parse (Arabic digits too) and invalid ones do not", () => {
    expect(parseTimeOfDay("08:30")).toEqual({ hour: 8, minute: 30 });
    expect(parseTimeOfDay("٠٨:٣٠")).toEqual({ hour: 8, minute: 30 });
    expect(parseTimeOfDay("7:05")).toEqual({ hour: 7, minute: 5 });
    for (const bad of ["24:00", "08:60", "8h30", "", "0830", "-1:00"]) expect(parseTimeOfDay(bad)).toBeNull();
  });

  it("GIVEN day lists THEN ranges (also wrapping), lists and words become day numbers", () => {
    expect(parseDays("sun-thu")).toEqual([0, 1, 2, 3, 4]);
    expect(parseDays("fri-sun")).toEqual([0, 5, 6]);
    expect(parseDays("mon,wed,fri")).toEqual([1, 3, 5]);
    expect(parseDays("weekdays")).toEqual([1, 2, 3, 4, 5]);
    expect(parseDays("7")).toEqual([0]);
    expect(parseDays("funday")).toBeNull();
    expect(parseDays("mon-")).toBeNull();
    expect(cronFromTime({ hour: 8, minute: 30 }, [0, 1, 2, 3, 4])).toBe("30 8 * * 0,1,2,3,4");
    expect(cronFromTime({ hour: 8, minute: 30 }, [0, 1, 2, 3, 4, 5, 6])).toBe("30 8 * * *");
  });

  it("GIVEN zones THEN Intl decides, with the canonical spelling", () => {
    expect(canonicalZone("Asia/Baghdad")).toBe("Asia/Baghdad");
    expect(canonicalZone("asia/baghdad")).toBe("Asia/Baghdad");
    expect(canonicalZone("Mars/Olympus")).toBeUndefined();
    expect(canonicalZone("")).toBeUndefined();
  });
});

describe("cron validation", () => {
  const now = new Date("2024-06-01T00:00:00Z");
  it("GIVEN expressions firing every 15 minutes or less often THEN they are accepted", () => {
    expect(validateCron("0 8 * * 1-5", "Asia/Baghdad", now)).toEqual({ ok: true, value: "0 8 * * 1-5" });
    expect(validateCron("*/15 * * * *", "UTC", now).ok).toBe(true);
  });
  it("GIVEN expressions firing more often than every 15 minutes THEN the refusal names the gap", () => {
    expect(validateCron("*/5 * * * *", "UTC", now)).toMatchObject({ ok: false, key: "digest.errors.tooOften", vars: { gap: 5 } });
    // Two times an hour apart is fine; 08:00 and 08:10 on the same day is not.
    expect(validateCron("0,10 8 * * *", "UTC", now)).toMatchObject({ ok: false, vars: { gap: 10 } });
  });
  it("GIVEN malformed, seconds, Quartz-style or never-firing expressions THEN each has its own message", () => {
    expect(validateCron("0 25 * * *", "UTC", now)).toMatchObject({ ok: false, key: "digest.errors.cronSyntax" });
    expect(validateCron("0 0 8 * * *", "UTC", now)).toMatchObject({ ok: false, key: "digest.errors.cronFields" });
    expect(validateCron("0 8 L * *", "UTC", now)).toMatchObject({ ok: false, key: "digest.errors.cronSpecial" });
    expect(validateCron("0 8 31 2 *", "UTC", now)).toMatchObject({ ok: false, key: "digest.errors.cronSyntax" });
    // 29 February AND a Monday: next in 2044, beyond any sensible horizon.
    expect(validateCron("0 8 29 2 1", "UTC", now)).toMatchObject({ ok: false, key: "digest.errors.cronNever" });
  });
  it("GIVEN a DST fall-back THEN the gap is measured in real time (the repeated hour fires once)", () => {
    // 01:00 and 01:30 in New York: 30 min apart, also in the week of the November change.
    expect(minGapMinutes(fields("0,30 1 * * *"), "America/New_York", new Date("2024-10-31T12:00:00Z"))).toBe(30);
  });
});

describe("fire times in zones", () => {
  it("GIVEN Asia/Baghdad (UTC+3, no DST) THEN 08:30 Sun-Thu is 05:30 UTC on those days", () => {
    const f = fields("30 8 * * 0-4");
    const fires = firesBetween(f, "Asia/Baghdad", new Date("2024-03-07T00:00:00Z"), new Date("2024-03-14T00:00:00Z")).map(iso);
    // Thursday 7 March, then Sunday 10 to Wednesday 13 (Friday and Saturday skipped).
    expect(fires).toEqual(["2024-03-07T05:30:00.000Z", "2024-03-10T05:30:00.000Z", "2024-03-11T05:30:00.000Z", "2024-03-12T05:30:00.000Z", "2024-03-13T05:30:00.000Z"]);
  });

  it("GIVEN America/New_York across spring-forward THEN 08:00 stays 08:00 local (UTC shifts by an hour)", () => {
    const f = fields("0 8 * * *");
    const fires = firesBetween(f, "America/New_York", new Date("2024-03-09T00:00:00Z"), new Date("2024-03-11T23:00:00Z")).map(iso);
    expect(fires).toEqual(["2024-03-09T13:00:00.000Z", "2024-03-10T12:00:00.000Z", "2024-03-11T12:00:00.000Z"]);
  });

  it("GIVEN America/New_York THEN 02:30 does not exist on 10 March 2024 and 01:30 fires once on 3 November", () => {
    const skipped = firesBetween(fields("30 2 * * *"), "America/New_York", new Date("2024-03-09T00:00:00Z"), new Date("2024-03-12T00:00:00Z")).map(iso);
    expect(skipped).toEqual(["2024-03-09T07:30:00.000Z", "2024-03-11T06:30:00.000Z"]);
    const folded = firesBetween(fields("30 1 * * *"), "America/New_York", new Date("2024-11-02T00:00:00Z"), new Date("2024-11-05T00:00:00Z")).map(iso);
    expect(folded).toEqual(["2024-11-02T05:30:00.000Z", "2024-11-03T05:30:00.000Z", "2024-11-04T06:30:00.000Z"]);
  });

  it("GIVEN Europe/Berlin across both changes of 2024 THEN 09:15 local each day", () => {
    const f = fields("15 9 * * *");
    expect(firesBetween(f, "Europe/Berlin", new Date("2024-03-30T00:00:00Z"), new Date("2024-04-01T00:00:00Z")).map(iso))
      .toEqual(["2024-03-30T08:15:00.000Z", "2024-03-31T07:15:00.000Z"]);
    expect(firesBetween(f, "Europe/Berlin", new Date("2024-10-26T00:00:00Z"), new Date("2024-10-28T00:00:00Z")).map(iso))
      .toEqual(["2024-10-26T07:15:00.000Z", "2024-10-27T08:15:00.000Z"]);
  });

  it("GIVEN DST transitions THEN our fire times are exactly node-cron's (the armed task agrees with 'next run')", () => {
    const cases: [string, string, string][] = [
      ["30 2 * * *", "America/New_York", "2024-03-08T00:00:00Z"],
      ["30 1 * * *", "America/New_York", "2024-11-01T00:00:00Z"],
      ["*/15 1-3 * * *", "America/New_York", "2024-11-02T20:00:00Z"],
      ["30 2 * * *", "Europe/Berlin", "2024-03-29T00:00:00Z"],
      ["30 2 * * *", "Europe/Berlin", "2024-10-25T00:00:00Z"],
      ["0 8 * * 0-4", "Asia/Baghdad", "2024-03-08T00:00:00Z"],
    ];
    for (const [expr, zone, from] of cases) {
      const task = cron.createTask(expr, () => undefined, { timezone: zone });
      try {
        // node-cron's getNextRuns starts from the real clock; walk its matcher from our instant instead.
        const ours: string[] = [];
        const theirs: string[] = [];
        let a: Date | null = new Date(from);
        let b = new Date(from);
        const matcher = (task as unknown as { timeMatcher: { getNextMatch(d: Date): Date } }).timeMatcher;
        for (let i = 0; i < 12; i++) {
          a = nextFire(fields(expr), zone, a!);
          b = matcher.getNextMatch(b);
          ours.push(iso(a)!);
          theirs.push(b.toISOString());
        }
        expect(ours, `${expr} in ${zone}`).toEqual(theirs);
      } finally {
        void task.destroy();
      }
    }
  });

  it("GIVEN a fold THEN both instants of the repeated hour have the same period key", () => {
    const first = new Date("2024-11-03T05:30:00Z"); // 01:30 EDT
    const second = new Date("2024-11-03T06:30:00Z"); // 01:30 EST
    expect(slotKey(first, "America/New_York")).toBe("2024-11-03T01:30");
    expect(slotKey(second, "America/New_York")).toBe("2024-11-03T01:30");
  });

  it("GIVEN a window THEN the latest fire within it is the one a catch-up delivers", () => {
    const f = fields("0 8 * * *");
    const now = new Date("2024-06-10T05:40:00Z"); // 08:40 in Baghdad
    expect(iso(lastFireWithin(f, "Asia/Baghdad", new Date(now.getTime() - 60 * 60_000), now))).toBe("2024-06-10T05:00:00.000Z");
    expect(lastFireWithin(f, "Asia/Baghdad", new Date(now.getTime() - 30 * 60_000), now)).toBeUndefined();
  });
});
