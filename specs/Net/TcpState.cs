namespace ProcGen.Specs;

/// <summary>
/// The state column (<c>st</c>) of the socket tables, as the kernel's <c>%02X</c> of its <c>TCP_*</c> state
/// (<c>include/net/tcp_states.h</c>). UDP, raw and ping sockets use the same numbers: <see cref="Established"/>
/// when connected, <see cref="Close"/> otherwise. The numeric value of each member is the kernel's.
/// </summary>
public enum TcpState
{
    /// <summary>A state this library does not know: newer kernels add states, which must not fail a parse.</summary>
    [ProcFallback] Unknown = 0,
    /// <summary><c>01</c>: connected (for UDP/raw/ping: a connected socket).</summary>
    [ProcToken("01")] Established = 1,
    /// <summary><c>02</c>: SYN sent, waiting for the peer's SYN-ACK.</summary>
    [ProcToken("02")] SynSent = 2,
    /// <summary><c>03</c>: SYN received (a request socket).</summary>
    [ProcToken("03")] SynReceived = 3,
    /// <summary><c>04</c>: closed locally, FIN sent.</summary>
    [ProcToken("04")] FinWait1 = 4,
    /// <summary><c>05</c>: our FIN acknowledged, waiting for the peer's.</summary>
    [ProcToken("05")] FinWait2 = 5,
    /// <summary><c>06</c>: TIME_WAIT (a timewait socket: no uid, no inode).</summary>
    [ProcToken("06")] TimeWait = 6,
    /// <summary><c>07</c>: closed (for UDP/raw/ping: not connected).</summary>
    [ProcToken("07")] Close = 7,
    /// <summary><c>08</c>: the peer closed, waiting for the local close.</summary>
    [ProcToken("08")] CloseWait = 8,
    /// <summary><c>09</c>: FIN sent after the peer's, waiting for its acknowledgement.</summary>
    [ProcToken("09")] LastAck = 9,
    /// <summary><c>0A</c>: listening.</summary>
    [ProcToken("0A")] Listen = 10,
    /// <summary><c>0B</c>: both sides closed at once.</summary>
    [ProcToken("0B")] Closing = 11,
    /// <summary><c>0C</c>: a request socket after SYN (<c>TCP_NEW_SYN_RECV</c>, 4.4+).</summary>
    [ProcToken("0C")] NewSynReceived = 12,
    /// <summary><c>0D</c>: bound, never listened or connected (<c>TCP_BOUND_INACTIVE</c>, 6.5+).</summary>
    [ProcToken("0D")] BoundInactive = 13,
}
