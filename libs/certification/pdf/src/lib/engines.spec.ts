describe('the rendering libraries', () => {
  afterEach(() => {
    jest.dontMock('pdfkit');
    jest.dontMock('handlebars');
    jest.dontMock('qrcode');
  });

  function refuseEngines(): void {
    for (const name of ['pdfkit', 'handlebars', 'qrcode']) {
      jest.doMock(name, () => {
        throw new Error(`${name} was loaded`);
      });
    }
  }

  it('are not loaded by importing the library, e.g. to read an attachment', () => {
    refuseEngines();
    jest.isolateModules(() => {
      const lib = require('../index') as typeof import('../index');
      expect(typeof lib.extractAttachment).toBe('function');
      expect(typeof lib.CertificateRenderer.create).toBe('function');
    });
  });

  it('are loaded when a renderer is made', async () => {
    refuseEngines();
    let lib: typeof import('../index') | undefined;
    jest.isolateModules(() => {
      lib = require('../index') as typeof import('../index');
    });
    await expect(lib?.CertificateRenderer.create({ templatesDir: '/nowhere' })).rejects.toThrow('pdfkit was loaded');
  });
});
