using ResourceMonitor.Fuzz;

// ResourceMonitor.Fuzz <target>                 under afl-fuzz: SharpFuzz's fork server runs the target on each input (stdin)
// ResourceMonitor.Fuzz <target> --replay <path>  runs every file of <path> (a file or a folder) once; exit 1 on the first finding
// ResourceMonitor.Fuzz list                      the target names
const string Usage = "usage: ResourceMonitor.Fuzz list | <target> [--replay <file or folder>]";
if (args is ["list"])
{
    Console.WriteLine(string.Join('\n', FuzzTargets.Names));
    return 0;
}

if (args.Length is not (1 or 3) || (args.Length == 3 && args[1] != "--replay") || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

if (args.Length == 3)
{
    // Replays run the uninstrumented build (dotnet run): instrumented code needs SharpFuzz's trace map, set up only under afl-fuzz.
    return CorpusReplay.Run(FuzzTargets.Create(args[0])!, args[2], Console.Out);
}

// The target is made inside the fork server: its constructors run instrumented code, which needs the trace map set up first.
IFuzzTarget? target = null;
SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
{
    target ??= FuzzTargets.Create(args[0])!;
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    target.Run(memory.ToArray());
});
return 0;
