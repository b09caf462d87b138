using System.Diagnostics;

namespace TelnetTui.EndToEnd.Tests.Telnet;

/// <summary>Ends a peer server started by a test: the process and everything it spawned, then its temp folder.</summary>
internal static class PeerProcess
{
    public static void Stop(Process process, string folder)
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
