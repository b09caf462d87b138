namespace TelnetTui.ChaosDriver;

/// <summary>
/// Entry point. <c>session</c> runs one headless <see cref="Core.Sessions.Session"/> with capture, log and
/// history (see <see cref="SessionDriver"/>); <c>save-loop</c> saves a config or book file again and
/// again (see <see cref="SaveLoop"/>). Tests start it as a real process and kill it with SIGKILL.
/// </summary>
public static class DriverProgram
{
    public static int Main(string[] args)
    {
        try
        {
            var options = DriverOptions.Parse(args);
            return options.Command switch
            {
                "session" => SessionDriver.Run(options),
                "save-loop" => SaveLoop.Run(options),
                _ => Usage($"unknown command '{options.Command}'"),
            };
        }
        catch (ArgumentException e)
        {
            return Usage(e.Message);
        }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"telnettui-chaos-driver: {problem}");
        Console.Error.WriteLine("usage: telnettui-chaos-driver session --host H --port P [--capture F] [--log F] [--history DIR] [--id ID] [--on TEXT=REPLY]... [--exit-on TEXT]");
        Console.Error.WriteLine("       telnettui-chaos-driver save-loop (--config FILE | --book FILE) [--count N]");
        return 2;
    }
}
