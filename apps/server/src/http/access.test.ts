import Fastify from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestEnv, type TestEnv } from "../../test/harness";
import { loginAs, seedWorld, type World } from "../../test/world";
import { personVisibility, requireCaseLead } from "../modules/access";
import { access, registerAccess } from "./access";
import { type Actor, inTx } from "./context";
import { registerErrorHandler } from "./errors";

let env: TestEnv;
let world: World;

beforeAll(async () => {
  env = await createTestEnv();
  world = await seedWorld(env.database);
});
afterAll(() => env.close());

/** A bare API with the access rules, acting as the given user, for routes the product does not have. */
async function bareApi(actor: Actor | null, routes: (app: ReturnType<typeof withZod>) => void) {
  const app = withZod();
  app.decorate("db", env.database.db);
  app.decorate("readConnection", env.database.connection);
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    request.actor = actor;
  });
  registerErrorHandler(app, false);
  registerAccess(app);
  routes(app);
  await app.ready();
  return app;
}
const withZod = () => {
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  return app;
};

const caseManager = (): Actor => ({
  userId: world.users.caseDhaka.id,
  organisationId: world.orgs.mrcDhaka.id,
  organisationName: "MRC Dhaka",
  organisationKind: "mrc",
  organisationCountry: "BD",
  roles: ["case_manager"],
  email: "case.dhaka@test.homecoming",
  name: "Farida Akter",
});

describe("declared access", () => {
  it("does not start an API with a route that declares no access rule", async () => {
    await expect(
      bareApi(null, (app) => {
        app.get("/undeclared", async () => ({ ok: true }));
      }),
    ).rejects.toThrow("GET /undeclared declares no access rule (config.access)");
  });

  it("fails a request whose route names a relation that the service never checked, and keeps nothing", async () => {
    const app = await bareApi(caseManager(), (api) => {
      api.get("/forgetful", { config: access("test.forgetful", ["case_manager"], "case_lead") }, (request) =>
        inTx(request, async () => ({ ok: true })),
      );
    });
    const res = await app.inject({ method: "GET", url: "/forgetful" });
    expect(res.statusCode).toBe(500);
    await app.close();
  });

  it("refuses a check of a relation that the route does not name", async () => {
    const app = await bareApi(caseManager(), (api) => {
      api.get("/undeclared-relation", { config: access("test.relation", ["case_manager"]) }, (request) =>
        inTx(request, async (ctx) => {
          requireCaseLead(ctx, { leadOrganisationId: ctx.actor.organisationId });
          return { ok: true };
        }),
      );
      api.get(
        "/declared-relation",
        { config: access("test.declared", ["case_manager"], "case_lead") },
        (request) =>
          inTx(request, async (ctx) => {
            personVisibility(ctx, world.orgs.mrcDhaka.id as never);
            return { ok: true };
          }),
      );
    });
    expect((await app.inject({ method: "GET", url: "/undeclared-relation" })).statusCode).toBe(500);
    // seeing the person is the first step of every relation, so it counts as checking one
    expect((await app.inject({ method: "GET", url: "/declared-relation" })).statusCode).toBe(200);
    await app.close();
  });

  it("checks roles before the body, so a caller who may not call learns nothing from validation", async () => {
    const app = await bareApi(null, (api) => {
      api.post(
        "/guarded",
        { config: access("test.guarded", ["admin"]), schema: { body: z.object({ name: z.string() }) } },
        async () => ({ ok: true }),
      );
    });
    const res = await app.inject({ method: "POST", url: "/guarded", payload: { name: 1 } });
    expect(res.statusCode).toBe(401);
    await app.close();
    const analyst = await loginAs(env.app, "analyst@test.homecoming");
    const refused = await analyst.post("/persons", { givenName: 7 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toEqual({
      code: "forbidden",
      message: "This action needs one of the roles: admin, case_manager, counsellor",
      key: "request.roles",
      values: { roles: "admin, case_manager, counsellor" },
    });
    const anonymous = await env.app.inject({
      method: "POST",
      url: "/api/v1/persons",
      payload: { givenName: 7 },
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it("documents who may call each route in the OpenAPI document", async () => {
    const doc = (await env.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.paths["/api/v1/cases/{id}/close"].post.description).toContain(
      "Who may call: admin, case_manager, counsellor; on a record where the caller is a case manager or counsellor of the case's lead organisation",
    );
    expect(doc.paths["/api/v1/auth/login"].post.description).toContain(
      "Who may call: anyone, without a session.",
    );
  });
});

describe("GET /me", () => {
  it("lists what the user's roles allow, and nothing else", async () => {
    const can = async (email: string) =>
      (await (await loginAs(env.app, email)).get("/me")).json().can as string[];
    const manager = await can("case.dhaka@test.homecoming");
    expect(manager).toEqual(
      expect.arrayContaining(["case.open", "referral.create", "plan.save", "reference.read"]),
    );
    expect(manager).not.toContain("programme.create");
    const provider = await can("provider.tvet@test.homecoming");
    expect(provider).toEqual(expect.arrayContaining(["referral.move", "case.read", "service.update"]));
    expect(provider).not.toContain("case.open");
    expect(provider).not.toContain("referral.create");
    const analyst = await can("analyst@test.homecoming");
    expect(analyst).not.toContain("case.read");
    expect(analyst).not.toContain("person.search");
    expect(analyst).not.toContain("audit.read");
    expect(await can("admin@test.homecoming")).toEqual(
      expect.arrayContaining(["programme.create", "user.create"]),
    );
  });
});
