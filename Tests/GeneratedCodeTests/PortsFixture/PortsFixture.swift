// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/Ports/ports.wsdl (see
// wsdl-generator-config.json), for GeneratedCodeTests.
