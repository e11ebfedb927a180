extension SMSCError {
    /// A request the pacer did not let through: waiting for `refusal`'s limit would pass the deadline, or the task
    /// was cancelled while it waited. Nothing was sent.
    static func paced(_ operation: SMSCOperation, _ refusal: RequestPacer.Refusal) -> SMSCError {
        switch refusal {
        case .wouldPassDeadline(let rule):
            SMSCError(
                code: .throttled,
                operation: operation,
                message:
                    """
                    waiting to stay within the service's limit of \(rule) would pass the call's deadline; nothing \
                    was sent
                    """,
                mayHaveReachedServer: false
            )
        case .cancelled(let rule):
            SMSCError(
                code: .cancelled,
                operation: operation,
                message:
                    """
                    the call was cancelled while it waited to stay within the service's limit of \(rule); nothing \
                    was sent
                    """,
                mayHaveReachedServer: false
            )
        }
    }
}
