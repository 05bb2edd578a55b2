/**
 * The `@nestjs/swagger/plugin` transformer as the webpack build and the jest specs both run it,
 * so that the specs see the OpenAPI document the built app serves. The contract lib holds plain
 * classes only: the transformer adds their OpenAPI metadata while the API is compiled, so
 * nothing of Nest or Swagger reaches the web bundle that loads the same files.
 */
const plugin = require('@nestjs/swagger/plugin');

const options = {
  classValidatorShim: true,
  introspectComments: true,
  dtoFileNameSuffix: ['.dto.ts', '.entity.ts', 'libs/shared/contract/src/lib/'],
  controllerFileNameSuffix: ['.controller.ts'],
};

module.exports = {
  options,
  // ts-jest's AST transformer interface (jest.config.cts `astTransformers`).
  name: 'nestjs-swagger-plugin',
  version: 1,
  factory: (compiler) => plugin.before(options, compiler.program),
};
