import ArgumentParser
import SMSCSoak

extension SoakTransport: @retroactive ExpressibleByArgument {}
