import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnv, type TestEnv } from "../../test/harness";
import { demoPassword, seedDemo } from "./demo";

// Synthetic populations (and real ones) hold dozens of namesakes: in the 100,000-person benchmark 1,580
// names are shared by 20 people or more. Duplicate detection must not let them crowd out a record that
// carries the same national ID under a differently spelt name.

let env: TestEnv;
let cookie: string;

beforeAll(async () => {
  env = await createTestEnv();
  await seedDemo(env.database, { persons: 0 });
  const res = await env.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email: "case.dhaka@demo.homecoming", password: demoPassword },
  });
  cookie = `hc_session=${res.cookies.find((c) => c.name === "hc_session")!.value}`;
}, 120_000);
afterAll(() => env.close());

const register = (body: Record<string, unknown>) =>
  env.app.inject({
    method: "POST",
    url: "/api/v1/persons",
    headers: { cookie },
    payload: { sex: "male", adminAreaCode: "BD2019", migrationEpisodes: [], ...body },
  });

describe("duplicate detection among many namesakes", () => {
  it("reports the record with the same national ID even when 25 others share the name exactly", async () => {
    for (let i = 0; i < 25; i++) {
      const res = await register({ givenName: "Rahim", familyName: "Uddin", birthYear: 1970 + i });
      expect(res.statusCode).toBe(201);
    }
    const earlier = await register({
      givenName: "Rahim",
      familyName: "Udin",
      birthYear: 1990,
      nationalId: "1990201912345",
    });
    expect(earlier.statusCode).toBe(201);
    const again = await register({
      givenName: "Rahim",
      familyName: "Uddin",
      birthYear: 1990,
      nationalId: "1990201912345",
    });
    expect(again.statusCode).toBe(201);
    const match = again
      .json()
      .possibleDuplicates.find((d: { personId: string }) => d.personId === earlier.json().id);
    expect(match?.level).toBe("likely");
    expect(match?.reasonsFor.map((r: { code: string }) => r.code)).toContain("nationalId.same");
    // first, above the namesakes; of those, only the three born within a year are reported at all
    expect(again.json().possibleDuplicates[0].personId).toBe(earlier.json().id);
    expect(again.json().possibleDuplicates).toHaveLength(4);
  });
});
