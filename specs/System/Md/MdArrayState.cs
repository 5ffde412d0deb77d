namespace ProcGen.Specs;

/// <summary>Whether an md array runs, the word after <c>:</c> on its <c>/proc/mdstat</c> line (<c>md_seq_show</c>).</summary>
public enum MdArrayState
{
    /// <summary><c>active</c>: the array has a personality and serves I/O.</summary>
    [ProcToken("active")] Active,

    /// <summary><c>inactive</c>: devices are attached (being assembled, or left over) but the array is not started.</summary>
    [ProcToken("inactive")] Inactive,
}
