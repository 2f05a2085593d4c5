module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // The package ships one esbuild bundle (dist/homeport.cjs) and depends on nothing at
    // run time: every import is bundled, so all of them are devDependencies.
    '@backstage/no-undeclared-imports': 'off',
  },
});
