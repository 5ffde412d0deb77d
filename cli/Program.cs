using System;
using ProcGen.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
