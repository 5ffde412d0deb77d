using System.Text;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Processes;

/// <summary>A hand-made proc root holding processes described by <see cref="StatLine"/>s, for exact edge cases.</summary>
internal static class ProcessRoot
{
    /// <summary>Writes <c>{pid}/stat</c> and, if given, <c>cmdline</c> (NUL-terminated arguments) and an <c>exe</c> link.</summary>
    public static TempProcRoot Process(this TempProcRoot root, StatLine stat, string[]? argv = null, string? exe = null, string? environ = null, uint uid = 1000)
    {
        var pid = stat.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        root.File($"{pid}/stat", stat.ToString());
        root.File($"{pid}/status", $"Name:\t{stat.Comm}\nState:\t{stat.State} (x)\nTgid:\t{pid}\nPid:\t{pid}\nPPid:\t{stat.ParentPid}\nTracerPid:\t0\n"
            + $"Uid:\t{uid}\t{uid + 1}\t{uid}\t{uid}\nGid:\t100\t100\t100\t100\nFDSize:\t64\nGroups:\t\nThreads:\t1\nSigQ:\t0/1\n"
            + "SigPnd:\t0\nShdPnd:\t0\nSigBlk:\t0\nSigIgn:\t0\nSigCgt:\t0\nCapInh:\t0\nCapPrm:\t0\nCapEff:\t0\n"
            + "Cpus_allowed:\t3\nCpus_allowed_list:\t0-1\nvoluntary_ctxt_switches:\t1\nnonvoluntary_ctxt_switches:\t1\n");
        root.File($"{pid}/cmdline", argv is null ? string.Empty : string.Join('\0', argv) + "\0");
        if (environ is not null) root.File($"{pid}/environ", Encoding.UTF8.GetBytes(environ.Replace('\n', '\0')));
        if (exe is not null) root.Link($"{pid}/exe", exe);
        return root;
    }
}
