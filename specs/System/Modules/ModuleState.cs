namespace ProcGen.Specs;

/// <summary>
/// The life-cycle state of a loaded module, the fifth field of <c>/proc/modules</c> (<c>m_show</c> in
/// <c>kernel/module/procfs.c</c>).
/// </summary>
public enum ModuleState
{
    /// <summary><c>Live</c>: initialised and in use.</summary>
    [ProcToken("Live")] Live,

    /// <summary><c>Loading</c>: its init function is still running.</summary>
    [ProcToken("Loading")] Loading,

    /// <summary><c>Unloading</c>: being removed.</summary>
    [ProcToken("Unloading")] Unloading,
}
