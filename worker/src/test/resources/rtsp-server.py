#!/usr/bin/python3
"""A real RTSP camera for the worker's test: GStreamer's RTSP server (Debian: python3-gi,
gir1.2-gst-rtsp-server-1.0, gstreamer1.0-plugins-good, gstreamer1.0-plugins-bad) serving an H.264 MP4 file
as rtsp://127.0.0.1:<port>/cam, paced at the file's frame rate, RTP over TCP or UDP as the client asks.
Usage: rtsp-server.py <port> <file.mp4>"""
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

Gst.init(None)
port, path = sys.argv[1], sys.argv[2]
server = GstRtspServer.RTSPServer()
server.set_address("127.0.0.1")
server.set_service(port)
factory = GstRtspServer.RTSPMediaFactory()
factory.set_launch("( filesrc location=%s ! qtdemux ! h264parse config-interval=-1 ! rtph264pay name=pay0 pt=96 )" % path)
factory.set_shared(False)
server.get_mount_points().add_factory("/cam", factory)
server.attach(None)
print("rtsp://127.0.0.1:%s/cam" % port, flush=True)
GLib.MainLoop().run()
