using System.IO;
using ProcGen.Specs;

namespace ProcGen.Cli.Commands;

/// <summary>What the process commands (<c>ps</c>, <c>tree</c>, <c>memory</c>, <c>env</c>) share: one snapshot of a root.</summary>
internal static class ProcessCommandSupport
{
    /// <summary>A snapshot of <paramref name="root"/>, or <c>null</c> (after telling stderr) when the root is not there.</summary>
    public static ProcessSnapshot? TakeSnapshot(string root, TextWriter stderr)
    {
        if (!Directory.Exists(root))
        {
            stderr.WriteLine($"procgen: {root}: no such directory");
            return null;
        }
        try
        {
            return new ProcFs(root).TakeProcessSnapshot();
        }
        catch (ProcException e)
        {
            stderr.WriteLine($"procgen: {e.Message}");
            return null;
        }
    }
}
