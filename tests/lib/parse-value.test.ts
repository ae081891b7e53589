import { describe, expect, test } from "vitest";
import { parseValue } from "../../src/lib/data/parse-value.ts";

describe("parseValue", () => {
  test("dates must exist on the calendar, leap years included", () => {
    expect(parseValue("date", "2024-02-29")).toEqual({ ok: true, value: "2024-02-29" });
    expect(parseValue("date", "2023-02-29").ok).toBe(false);
    expect(parseValue("date", "1900-02-29").ok).toBe(false);
    expect(parseValue("date", "2000-02-29").ok).toBe(true);
    expect(parseValue("date", "2025-04-31").ok).toBe(false);
    expect(parseValue("date", "2025-13-01").ok).toBe(false);
    expect(parseValue("date", "2025-00-10").ok).toBe(false);
    expect(parseValue("date", "2025-1-10").ok).toBe(false);
  });
  test("years stay numbers and never take separators", () => {
    expect(parseValue("year", "2024")).toEqual({ ok: true, value: 2024 });
    expect(parseValue("year", "2,024").ok).toBe(false);
    expect(parseValue("year", "FY2024").ok).toBe(false);
  });
  test("numbers are not coerced from text with separators, units or spaces", () => {
    expect(parseValue("integer", "271484")).toEqual({ ok: true, value: 271484 });
    for (const raw of ["271,484", "271 484", "1e3", "12.0", "+5", "007"]) expect(parseValue("integer", raw).ok, raw).toBe(false);
    expect(parseValue("number", "1234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseValue("number", "$12").ok).toBe(false);
  });
  test("booleans, year-months and empty cells", () => {
    expect(parseValue("boolean", "true")).toEqual({ ok: true, value: true });
    expect(parseValue("boolean", "yes").ok).toBe(false);
    expect(parseValue("yearmonth", "2025-09")).toEqual({ ok: true, value: "2025-09" });
    expect(parseValue("yearmonth", "2025-9").ok).toBe(false);
    expect(parseValue("integer", "")).toEqual({ ok: true, value: null });
  });
});
