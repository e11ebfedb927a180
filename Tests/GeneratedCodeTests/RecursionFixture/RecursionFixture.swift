// The code the plugin generates from Tests/WSDLGeneratorCoreTests/Resources/Reference/Recursion/recursion.wsdl
// (see wsdl-generator-config.json), for GeneratedCodeTests. A library target rather than the test target itself:
// a test target that applies the plugin links the generator's objects into the test bundle a second time.
