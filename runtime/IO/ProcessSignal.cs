namespace ProcGen;

/// <summary>
/// Signals the process API sends, with their Linux numbers (the generic numbering of x86, Arm and RISC-V; see
/// signal(7)). Only the ones a process manager needs are named; any other number can be cast.
/// </summary>
public enum ProcessSignal
{
    /// <summary>Signal 0: nothing is delivered, but existence and permission are checked (kill(2)).</summary>
    None = 0,

    /// <summary><c>SIGHUP</c>: the terminal hung up; daemons take it as "reload your configuration".</summary>
    Hangup = 1,

    /// <summary><c>SIGINT</c>: Ctrl+C.</summary>
    Interrupt = 2,

    /// <summary><c>SIGKILL</c>: ends the process; cannot be caught or ignored.</summary>
    Kill = 9,

    /// <summary><c>SIGUSR1</c>.</summary>
    User1 = 10,

    /// <summary><c>SIGUSR2</c>.</summary>
    User2 = 12,

    /// <summary><c>SIGTERM</c>: asks the process to end; it may clean up first, or ignore it.</summary>
    Terminate = 15,

    /// <summary><c>SIGCONT</c>: resumes a stopped process.</summary>
    Continue = 18,

    /// <summary><c>SIGSTOP</c>: stops (suspends) the process; cannot be caught or ignored.</summary>
    Stop = 19,
}
