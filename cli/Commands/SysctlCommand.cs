using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json.Nodes;
using ProcGen.Cli.Output;

namespace ProcGen.Cli.Commands;

/// <summary>
/// <c>procgen sysctl [NAME…] [--root DIR] [--json]</c>: kernel knobs under <c>/proc/sys</c> as <c>name = value</c>,
/// like <c>sysctl -a</c> without names and <c>sysctl NAME…</c> with them. Names are dotted (<c>kernel.pid_max</c>) or
/// paths (<c>kernel/pid_max</c>); a name that is a directory lists the knobs under it.
/// </summary>
internal static class SysctlCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var names = new Argument<string[]>(
            "NAME",
            "Knobs or directories to show (kernel.pid_max, net/ipv4); all of /proc/sys when none is given.")
        { Arity = ArgumentArity.ZeroOrMore };
        var root = CommonOptions.Root();
        var json = CommonOptions.Json("an object of name: value");
        var command = new Command("sysctl", "Show kernel parameters from /proc/sys, as sysctl(8) does.") { names, root, json };
        command.SetHandler(context =>
        {
            var result = context.ParseResult;
            context.ExitCode = Execute(
                result.GetValueForArgument(names) ?? [], result.GetValueForOption(root)!, result.GetValueForOption(json), stdout, stderr);
        });
        return command;
    }

    public static int Execute(string[] names, string root, bool json, TextWriter stdout, TextWriter stderr)
    {
        var fs = new ProcFs(root);
        var values = new List<SysctlValue>();
        int exitCode = ExitCodes.Success;
        foreach (var name in names.Length == 0 ? [""] : names)
        {
            try
            {
                foreach (var entry in fs.EnumerateSys(name))
                {
                    if (entry.Value is { } value) values.Add(value);
                    else
                    {
                        stderr.WriteLine($"procgen: {entry.Name}: {entry.Error}");
                        // Asked for by name: a knob that cannot be read is a failure; met in a walk, it is reported only.
                        if (names.Length > 0 && entry.Path == SysctlName.PrefixToPath(name)) exitCode = ExitCodes.NotFound;
                    }
                }
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"procgen: {e.Message}");
                return ExitCodes.UsageError;
            }
            catch (ProcException e)
            {
                stderr.WriteLine($"procgen: {name}: {e.Message}");
                exitCode = ExitCodes.NotFound;
            }
        }

        if (json)
        {
            var obj = new JsonObject();
            foreach (var value in values) obj[value.Name] = value.Text;
            JsonOutput.WriteNode(obj, stdout);
        }
        else
        {
            // Like sysctl(8): a value of several lines prints one "name = line" per line.
            foreach (var value in values)
                foreach (var line in value.Lines)
                    stdout.WriteLine($"{value.Name} = {line}");
        }
        return exitCode;
    }

    /// <summary>
    /// <c>procgen read sys/…</c> for a knob no declaration covers: the generic value (name, text, numbers, tab
    /// fields).
    /// </summary>
    public static int ReadGeneric(string root, string path, bool json, TextWriter stdout, TextWriter stderr)
    {
        SysctlValue value;
        try
        {
            value = new ProcFs(root).Sys(path);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"procgen: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (ProcException e)
        {
            stderr.WriteLine($"procgen: {e.Message}");
            return ExitCodes.NotFound;
        }
        if (json) JsonOutput.Write(value, stdout);
        else TableOutput.Write(value, stdout);
        return ExitCodes.Success;
    }
}
