namespace ProcGen.Specs;

/// <summary>
/// What an enumeration of processes or threads met besides the ones it returned: pass one in to learn how many
/// entries were <see cref="Vanished"/> (exited between the directory listing and the read of their <c>stat</c>)
/// or <see cref="Hidden"/> (listed but unreadable: <c>hidepid=1</c>, or a root the caller may not read). Neither is
/// an error under <c>/proc</c>; the enumeration skips them. With <c>hidepid=2</c> other users' processes are not
/// even listed, so nothing can count them.
/// </summary>
public sealed class ProcessEnumerationCounts
{
    /// <summary>Numeric entries seen in the directory.</summary>
    public int Listed { get; internal set; }

    /// <summary>Entries read and returned.</summary>
    public int Returned { get; internal set; }

    /// <summary>Entries whose process exited before its <c>stat</c> could be read.</summary>
    public int Vanished { get; internal set; }

    /// <summary>Entries whose <c>stat</c> the kernel refused.</summary>
    public int Hidden { get; internal set; }

    public override string ToString() => $"{Listed} listed, {Returned} returned, {Vanished} vanished, {Hidden} hidden";
}
