namespace ProcGen.Specs;

/// <summary>The pending timer of a socket table row (<c>tr</c>, the first half of <c>tr:tm-&gt;when</c>).</summary>
public enum SocketTimer
{
    /// <summary>No timer pending.</summary>
    None = 0,
    /// <summary>Retransmission, loss probe or reordering timer (<c>ICSK_TIME_RETRANS</c> and friends).</summary>
    Retransmit = 1,
    /// <summary>The keepalive (socket) timer; also a request socket's SYN-ACK timer.</summary>
    KeepAlive = 2,
    /// <summary>A TIME_WAIT socket's timer.</summary>
    TimeWait = 3,
    /// <summary>Zero-window probe timer.</summary>
    ZeroWindowProbe = 4,
}
