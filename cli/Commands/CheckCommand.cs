using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Cli.Commands;

/// <summary>
/// <c>procgen check [--root DIR] [--quiet]</c>: parse every catalog file present under a root. The test of the
/// catalog against a real kernel: a failure means a declaration and the kernel disagree.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var root = CommonOptions.Root();
        var quiet = new Option<bool>(["--quiet", "-q"], "Print only failures and the summary.");
        var command = new Command("check", "Parse every declared file present under the root and report the ones that do not parse.")
        {
            root, quiet,
        };
        command.SetHandler(context =>
        {
            var result = context.ParseResult;
            context.ExitCode = Execute(result.GetValueForOption(root)!, result.GetValueForOption(quiet), stdout, stderr);
        });
        return command;
    }

    public static int Execute(string root, bool quiet, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(root))
        {
            stderr.WriteLine($"procgen: {root}: no such directory");
            return ExitCodes.NotFound;
        }
        var totals = CheckFiles(new ProcFs(root), Catalog.Files, quiet, stdout);
        stdout.WriteLine($"{totals.Ok} ok, {totals.Failed} failed, {totals.Vanished} vanished, {totals.Denied} denied");
        return totals.Failed > 0 ? ExitCodes.ParseError : ExitCodes.Success;
    }

    /// <summary>Checks every instance of <paramref name="files"/> under the root, printing one line per file.</summary>
    internal static CheckTotals CheckFiles(ProcFs fs, IEnumerable<ProcFileInfo> files, bool quiet, TextWriter stdout)
    {
        var checker = new Checker(fs, quiet, stdout);
        foreach (var file in files.OrderBy(f => f.PathTemplate, StringComparer.Ordinal))
            checker.Check(file);
        return checker.Totals;
    }

    internal readonly record struct CheckTotals(int Ok, int Failed, int Vanished, int Denied);

    private sealed class Checker(ProcFs fs, bool quiet, TextWriter stdout)
    {
        private int _ok, _failed, _vanished, _denied;
        private List<int>? _pids;

        public CheckTotals Totals => new(_ok, _failed, _vanished, _denied);

        // One snapshot of the processes for all templates: processes that exit meanwhile show up as vanished.
        private List<int> Pids => _pids ??= fs.EnumeratePids().Order().ToList();

        public void Check(ProcFileInfo file)
        {
            var segments = file.PathTemplate.Split('/');
            Expand(file, segments, 0, string.Empty);
        }

        // Walks the template one segment at a time: {pid} becomes every process, any other placeholder every
        // entry of the directory reached so far ({pid}/fd/{fd} lists each process's fd/).
        private void Expand(ProcFileInfo file, string[] segments, int index, string prefix)
        {
            if (index == segments.Length)
            {
                if (file.Matches(prefix) && IsInstanceOf(file, prefix)) CheckOne(file, prefix);
                return;
            }
            var segment = segments[index];
            if (index == 0 && segment == ProcPathTemplate.ProcessPlaceholder)
            {
                foreach (int pid in Pids)
                    Expand(file, segments, index + 1, pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (segment.Contains('{'))
            {
                foreach (var name in ListDirectory(prefix))
                    Expand(file, segments, index + 1, Join(prefix, name));
            }
            else
            {
                Expand(file, segments, index + 1, Join(prefix, segment));
            }
        }

        // A path with an exact declaration (binfmt_misc's status beside {name}) or a write-only one (register) is
        // no instance of the template that also matches it.
        private static bool IsInstanceOf(ProcFileInfo file, string path)
            => !file.IsTemplate || (Catalog.Find(path) is { } owner ? owner == file || owner.IsTemplate : !Catalog.IsWriteOnly(path));

        private List<string> ListDirectory(string relativeDirectory)
        {
            var full = fs.GetFullPath(relativeDirectory);
            try
            {
                return Directory.EnumerateFileSystemEntries(full).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToList();
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's fd/ and the like: the files exist, we may not see them.
                Report(ref _denied, "deny  ", full);
            }
            catch (DirectoryNotFoundException)
            {
                if (ProcessVanished(relativeDirectory)) Report(ref _vanished, "gone  ", full);
            }
            catch (IOException e)
            {
                // ESRCH and friends while listing a dying process.
                if (ProcessVanished(relativeDirectory)) Report(ref _vanished, "gone  ", full);
                else Fail($"{full}: {e.Message}");
            }
            return [];
        }

        private void CheckOne(ProcFileInfo file, string relativePath)
        {
            var full = fs.GetFullPath(relativePath);
            try
            {
                fs.ReadBoxed(file, relativePath);
                Report(ref _ok, "ok    ", full);
            }
            catch (ProcParseException e)
            {
                // The message already starts with the path and the line:column position.
                Fail(e.Message);
            }
            catch (ProcessNotFoundException)
            {
                // The runtime says so only when the process directory is gone (a live kernel thread's ESRCH is
                // a missing file, below).
                Report(ref _vanished, "gone  ", full);
            }
            catch (ProcFileNotFoundException)
            {
                // Absent files are not checked: a kernel, a configuration or a fixture without them.
            }
            catch (ProcPermissionDeniedException)
            {
                Report(ref _denied, "deny  ", full);
            }
            catch (ProcException e)
            {
                Fail(e.Message);
            }
            catch (Exception e)
            {
                // Parsers must throw only ProcParseException: anything else is a generator or runtime bug.
                Fail($"{full}: internal error: {e.GetType().Name}: {e.Message}");
            }
        }

        private bool ProcessVanished(string relativePath)
            => ProcPathTemplate.TrySplitProcessDirectory(relativePath, out var directory, out _)
               && !Directory.Exists(fs.GetFullPath(directory));

        private void Fail(string message)
        {
            _failed++;
            stdout.WriteLine("FAIL  " + message);
        }

        private void Report(ref int counter, string label, string path)
        {
            counter++;
            if (!quiet) stdout.WriteLine(label + path);
        }

        private static string Join(string prefix, string segment) => prefix.Length == 0 ? segment : prefix + "/" + segment;
    }
}
