using System;
using System.CommandLine;
using System.CommandLine.Builder;
using System.CommandLine.IO;
using System.CommandLine.Parsing;
using System.IO;
using ProcGen.Cli.Commands;

namespace ProcGen.Cli;

/// <summary>
/// The <c>procgen</c> command line. Everything goes through <see cref="Run"/> with explicit writers, so tests run
/// the real commands in-process and see exactly what a terminal would.
/// </summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Typed parsers for Linux /proc: read, list and check the files the catalog declares; list, draw and summarize processes.")
        {
            ReadCommand.Create(stdout, stderr),
            ListCommand.Create(stdout),
            CheckCommand.Create(stdout, stderr),
            PsCommand.Create(stdout, stderr),
            TreeCommand.Create(stdout, stderr),
            MemoryCommand.Create(stdout, stderr),
            EnvCommand.Create(stdout, stderr),
            SysctlCommand.Create(stdout, stderr),
        };

        // Not UseDefaults(): it would register with dotnet-suggest (writes files) and hook Ctrl+C, neither of which
        // belongs in an in-process call. Parse errors are usage errors (2), not the library's default 1.
        var parser = new CommandLineBuilder(root)
            .UseVersionOption()
            .UseHelp()
            .UseSuggestDirective()
            .UseTypoCorrections()
            .UseParseErrorReporting(ExitCodes.UsageError)
            .UseExceptionHandler((exception, context) =>
            {
                // Commands handle every ProcException themselves; anything arriving here is a bug in procgen.
                stderr.WriteLine($"procgen: internal error: {exception}");
                context.ExitCode = ExitCodes.ParseError;
            })
            .Build();

        return parser.Invoke(args, new WriterConsole(stdout, stderr));
    }

    /// <summary>Routes System.CommandLine's own output (help, parse errors) to the given writers.</summary>
    private sealed class WriterConsole(TextWriter stdout, TextWriter stderr) : IConsole
    {
        public IStandardStreamWriter Out { get; } = StandardStreamWriter.Create(stdout);
        public IStandardStreamWriter Error { get; } = StandardStreamWriter.Create(stderr);
        public bool IsOutputRedirected => !ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected;
        public bool IsErrorRedirected => !ReferenceEquals(stderr, Console.Error) || Console.IsErrorRedirected;
        public bool IsInputRedirected => Console.IsInputRedirected;
    }
}
