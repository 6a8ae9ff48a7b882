// Architecture rules of Convene (docs/adr/0001-hexagonal-modular-monolith.md), checked by
// `npm run lint`, which `npm test` runs. test/architecture/dependency-rule.test.ts proves each
// rule fires on a deliberate violation.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain imports only src/domain and node built-ins: no Nest, TypeORM, Bull, GraphQL or any ' +
        'other npm package, and nothing from adapters or modules. Put the technology in an adapter ' +
        'behind a port (an abstract class in the domain).',
      severity: 'error',
      // Unit tests next to the domain code are checked by domain-spec-is-pure instead.
      from: { path: '^src/domain/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: '^src/domain/', dependencyTypesNot: ['core'] },
    },
    {
      name: 'domain-spec-is-pure',
      comment:
        'Domain unit tests may use the domain, node built-ins, @jest/globals and test helpers ' +
        '(fakes, factories) only: no framework, no adapter.',
      severity: 'error',
      from: { path: '^src/domain/.+\\.spec\\.ts$' },
      to: {
        pathNot: ['^src/domain/', '^test/', 'node_modules/@jest/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'domain-module-through-index',
      comment:
        'A domain module uses another domain module only through its public surface, ' +
        'src/domain/<module>/index.ts (src/domain/shared is open to all).',
      severity: 'error',
      from: { path: '^src/domain/([^/]+)/' },
      to: {
        path: '^src/domain/[^/]+/',
        pathNot: ['^src/domain/($1|shared)/', '^src/domain/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'adapters-stay-in-their-technology',
      comment:
        'Adapters of different technologies do not import each other; they meet in the domain. ' +
        'Code really shared by several technologies goes to src/adapters/shared; calendar formats ' +
        '(ICS, Atom, time zones) to src/adapters/calendar, which the HTTP feeds serve and mail attaches.',
      severity: 'error',
      from: { path: '^src/adapters/([^/]+)/', pathNot: '^src/adapters/http/' },
      to: {
        path: '^src/adapters/[^/]+/',
        pathNot: '^src/adapters/($1|shared|calendar)/',
      },
    },
    {
      name: 'adapters-stay-in-their-technology',
      comment:
        'HTTP pages answer one URL as HTML or as ActivityStreams (content negotiation): besides shared ' +
        'and calendar code they may use the AS2 documents of src/adapters/activitypub, nothing else of it.',
      severity: 'error',
      from: { path: '^src/adapters/http/' },
      to: {
        path: '^src/adapters/[^/]+/',
        pathNot: ['^src/adapters/(http|shared|calendar)/', '^src/adapters/activitypub/activity-streams\\.ts$'],
      },
    },
    {
      name: 'only-modules-wire',
      comment:
        'src/modules (and src/main.ts, src/app*.ts) wire ports to adapters and may import anything; ' +
        'domain and adapters never import the wiring.',
      severity: 'error',
      from: { path: '^src/(domain|adapters)/' },
      to: { path: ['^src/modules/', '^src/main\\.ts$', '^src/app[^/]*\\.ts$'] },
    },
    {
      name: 'no-circular',
      comment:
        'Runtime import cycles make ESM load order fragile (a class is used before it is defined). ' +
        'Cycles through a type-only import are erased at compile time and allowed; so are cycles ' +
        'made only of TypeORM *.record.ts entities, whose relations need each other (Relation<T>).',
      severity: 'error',
      from: {},
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['type-only'] },
        via: { pathNot: '\\.record\\.ts$' },
      },
    },
    {
      name: 'domain-modules-acyclic',
      comment:
        'Domain modules depend on each other in one direction only, type-only imports included: a cycle ' +
        'between two modules (accounts and identities once) means a use case sits in the wrong module. ' +
        'Move it to the module that needs both (administration holds the staff views of accounts).',
      severity: 'error',
      from: { path: '^src/domain/([^/]+)/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^src/domain/', circular: true, viaSomeNot: '^src/domain/$1/' },
    },
    {
      name: 'not-to-test-code',
      comment: 'Production code does not import tests, fakes or factories.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['^test/', '\\.spec\\.ts$'] },
    },
    {
      name: 'not-to-dev-dependency',
      comment:
        'Production code may not need a devDependency at run time: the Docker image prunes them. ' +
        'Move the package to dependencies (type-only imports of @types are fine).',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only'],
        pathNot: 'node_modules/@types/',
      },
    },
    {
      name: 'no-non-package-json',
      comment:
        'This npm package is not in package.json (it only happens to be installed as a transitive ' + 'dependency): add it explicitly.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'This import cannot be resolved to a file: a typo or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // See `import type` too: a type from TypeORM in the domain is still a leak.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // ESM: `./x.js` in a .ts file means `./x.ts`; dependency-cruiser maps that itself once .ts is
    // a known extension. Packages resolve the way Node's ESM loader does (exports, import).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
