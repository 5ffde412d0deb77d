namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/[pid]/personality</c>: the execution domain, <c>%08x</c> (proc(5), personality(2);
/// <c>proc_pid_personality</c> in <c>fs/proc/base.c</c>). Readable only by processes that may ptrace the target.
/// </summary>
[ProcFile("{pid}/personality"), SingleValue]
public sealed partial record ProcessPersonality
{
    /// <summary>ADDR_NO_RANDOMIZE: address-space layout randomization disabled (<c>setarch -R</c>).</summary>
    public const uint AddrNoRandomize = 0x0040000;

    /// <summary>The persona: <c>PER_*</c> in the low byte, flag bits above (<c>include/uapi/linux/personality.h</c>).</summary>
    [Hex] public required uint Persona { get; init; }

    /// <summary>The execution domain without the flag bits (<c>PER_LINUX</c> = 0).</summary>
    public uint Domain => Persona & 0xff;

    /// <summary>Whether ASLR is disabled for the process.</summary>
    public bool IsRandomizationDisabled => (Persona & AddrNoRandomize) != 0;
}
