extension ServerRuntime {
    /// Puts a connection back into epoll after a worker served it. The phase change and the re-arm
    /// happen under the connection's lock, so the event loop never closes the descriptor in between.
    func park(_ connection: Connection) {
        if stage >= .forcing {
            close(connection)
            return
        }
        let armed = connection.state.withLock { shared in
            guard shared.phase == .busy else { return false }
            shared.partialSince = connection.buffer.isEmpty ? nil : connection.partialSince
            shared.readingBody = connection.parser.isReadingBody
            shared.lastReceive = connection.lastReceive
            shared.idleSince = connection.idleSince
            shared.servedRequests = connection.servedRequests
            shared.phase = .waiting
            return connection.loop.rearm(connection.socket.fd)
        }
        if !armed { close(connection) }
    }

    /// Ends our side after a final response and reads whatever the client still sends until it closes
    /// (or `lingerSeconds` pass): closing with unread input would reset the connection and could destroy
    /// the response before the client reads it.
    func linger(_ connection: Connection, now: UInt64 = MonotonicClock.now()) {
        connection.socket.shutdownWrite()
        var uncount = false
        let armed = connection.state.withLock { shared in
            guard shared.phase != .closed else { return true }
            uncount = !shared.isClosing
            shared.isClosing = true
            shared.phase = .lingering
            shared.lingerUntil = now + MonotonicClock.nanoseconds(Self.lingerSeconds)
            return connection.loop.rearm(connection.socket.fd)
        }
        if uncount { table.uncount() }
        if !armed { close(connection) }
    }

    /// Closes the descriptor once, under the connection's lock, after removing it from the table.
    func close(_ connection: Connection) {
        var uncount = false
        connection.state.withLock { shared in
            guard shared.phase != .closed else { return }
            uncount = !shared.isClosing
            shared.isClosing = true
            shared.phase = .closed
            table.remove(connection)
            connection.socket.close()
        }
        if uncount { table.uncount() }
    }
}
