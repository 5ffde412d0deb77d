using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using ProcGen.Cli.Output;
using ProcGen.Specs;

namespace ProcGen.Cli.Commands;

/// <summary>
/// <c>procgen ps [--root DIR] [--json] [--user U] [--ppid N] [--pgrp N] [--tty T] [--name N]</c>: every process,
/// like <c>ps -eo pid,ppid,user,stat,rss,etime,comm,args</c>, from one snapshot of the root.
/// </summary>
internal static class PsCommand
{
    private static readonly string[] Headers = ["PID", "PPID", "USER", "STAT", "RSS", "ELAPSED", "COMMAND", "ARGS"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var root = CommonOptions.Root();
        var json = CommonOptions.Json("the processes");
        var user = new Option<string?>("--user", "Only processes whose effective user is this name or uid.");
        var ppid = new Option<int?>("--ppid", "Only children of this pid.");
        var pgrp = new Option<int?>("--pgrp", "Only members of this process group.");
        var tty = new Option<string?>("--tty", "Only processes with this controlling terminal (pts/0, tty1, /dev/pts/3).");
        var name = new Option<string?>("--name", "Only processes with this command or executable name.");
        var command = new Command("ps", "List processes: pid, parent, user, state, RSS (KiB), elapsed time, command and arguments.")
        {
            root, json, user, ppid, pgrp, tty, name,
        };
        command.SetHandler(context =>
        {
            var r = context.ParseResult;
            var options = new PsOptions(r.GetValueForOption(user), r.GetValueForOption(ppid), r.GetValueForOption(pgrp),
                r.GetValueForOption(tty), r.GetValueForOption(name));
            context.ExitCode = Execute(r.GetValueForOption(root)!, r.GetValueForOption(json), options, stdout, stderr);
        });
        return command;
    }

    internal sealed record PsOptions(string? User = null, int? ParentPid = null, int? ProcessGroup = null, string? Tty = null, string? Name = null);

    public static int Execute(string root, bool json, PsOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (!TryBuildFilter(options, out var filter, out var error))
        {
            stderr.WriteLine($"procgen: {error}");
            return ExitCodes.UsageError;
        }
        var snapshot = ProcessCommandSupport.TakeSnapshot(root, stderr);
        if (snapshot is null) return ExitCodes.NotFound;

        var processes = snapshot.Matching(filter);
        if (json)
        {
            var array = new JsonArray();
            foreach (var process in processes) array.Add(ToJson(process));
            JsonOutput.WriteNode(array, stdout);
        }
        else
        {
            var rows = new List<string[]>(processes.Count);
            foreach (var process in processes)
            {
                rows.Add([
                    ProcessColumns.Number(process.Pid), ProcessColumns.Number(process.ParentPid), ProcessColumns.User(process),
                    ProcessColumns.Stat(process), ProcessColumns.Kibibytes(process.RssBytes), ProcessColumns.ElapsedTime(process.RunTime),
                    process.Comm, ProcessColumns.Arguments(process),
                ]);
            }
            TableOutput.WriteColumns(Headers, rows, stdout);
        }
        return ExitCodes.Success;
    }

    /// <summary>The filters asked for, combined; a user or terminal that does not exist is a usage error.</summary>
    internal static bool TryBuildFilter(PsOptions options, out ProcessFilter filter, out string error)
    {
        filter = ProcessFilter.All;
        error = string.Empty;
        if (options.User is { } user)
        {
            if (!uint.TryParse(user, NumberStyles.None, CultureInfo.InvariantCulture, out uint uid) && !UserDatabase.TryGetUserId(user, out uid))
            {
                error = $"--user: no user '{user}' in the user database";
                return false;
            }
            filter = filter.And(ProcessFilter.EffectiveUser(uid));
        }
        if (options.ParentPid is { } ppid) filter = filter.And(ProcessFilter.ParentPid(ppid));
        if (options.ProcessGroup is { } pgrp) filter = filter.And(ProcessFilter.ProcessGroup(pgrp));
        if (options.Tty is { } tty)
        {
            if (!TerminalDevice.TryParse(tty, out var terminal))
            {
                error = $"--tty: '{tty}' is not a terminal name such as pts/0, tty1 or ttyS0";
                return false;
            }
            filter = filter.And(ProcessFilter.Terminal(terminal));
        }
        if (!string.IsNullOrEmpty(options.Name)) filter = filter.And(ProcessFilter.Name(options.Name));
        return true;
    }

    private static JsonObject ToJson(ProcessInfo process)
    {
        var args = new JsonArray();
        bool hasArgs = process.CommandLine.TryGetValue(out var commandLine);
        if (hasArgs)
            foreach (var argument in commandLine!.Arguments) args.Add(argument);
        process.UserIds.TryGetValue(out var uids);
        return new JsonObject
        {
            ["pid"] = process.Pid,
            ["ppid"] = process.ParentPid,
            ["pgrp"] = process.ProcessGroupId,
            ["session"] = process.SessionId,
            ["tty"] = process.Terminal.IsNone ? null : process.Terminal.Name,
            ["uid"] = process.UserIds.IsOk ? uids.Effective : null,
            ["user"] = process.UserIds.IsOk ? ProcessColumns.User(process) : null,
            ["state"] = process.State.ToString(),
            ["stat"] = ProcessColumns.Stat(process),
            ["rss"] = process.RssBytes,
            ["vsize"] = process.VirtualMemorySize,
            ["threads"] = process.ThreadCount,
            ["elapsedSeconds"] = process.RunTime is { } run ? run.TotalSeconds : null,
            ["cpuSeconds"] = process.CpuTime.TotalSeconds,
            ["startTime"] = process.StartTime is { } start ? start.ToString("O", CultureInfo.InvariantCulture) : null,
            ["kernelThread"] = process.IsKernelThread,
            ["comm"] = process.Comm,
            ["exeName"] = process.ExeName,
            ["args"] = hasArgs ? args : null,
        };
    }
}
