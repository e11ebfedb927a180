extension SMSCError {
    /// This failure of a send, which left it unknown whether the message went out, with why that is still unknown.
    func unsettled(_ explanation: String) -> SMSCError {
        var error = self
        error.message += "; \(explanation)"
        return error
    }

    /// This failure of a send, after `get_status` said the service does not have the message: it was not sent.
    func settledAsNotSent(id: SMSCMessageID, attempts: Int) -> SMSCError {
        var error = self
        let tries = attempts == 1 ? "" : " (after \(attempts) attempts)"
        error.message += "; get_status says the service does not have message \(id), so it was not sent\(tries)"
        error.isSendSettledAsNotSent = true
        return error
    }
}
