using System.Net;
using System.Net.Sockets;

namespace ResourceMonitor.TestServices;

/// <summary>Free loopback ports, found by binding port 0, so parallel test runs never collide on fixed ports.</summary>
public static class FreePort
{
    /// <summary>A loopback TCP port that was free a moment ago.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Waits until something accepts TCP connections on <paramref name="port"/>, or fails with <paramref name="describeFailure"/>.</summary>
    public static async Task WaitUntilAcceptingAsync(int port, TimeSpan timeout, Func<string> describeFailure, Func<bool>? hasExited = null)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!deadline.IsCancellationRequested)
        {
            if (hasExited?.Invoke() == true)
            {
                throw new InvalidOperationException($"Process exited before accepting on port {port}. {describeFailure()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, deadline.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(25, CancellationToken.None);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        throw new TimeoutException($"Nothing accepted connections on 127.0.0.1:{port} within {timeout}. {describeFailure()}");
    }
}
