"""DNS rebinding, the serving side: the real server answers only requests addressed to the address it
listens on, so a page on evil.example whose name is made to resolve to 127.0.0.1 cannot read the store."""

from __future__ import annotations

import httpx

from newsweave.web import ServeOptions
from newsweave.web.security import CSP, AllowedHosts
from newsweave.web.server import BackgroundServer


def test_a_request_for_another_host_is_refused_with_400(shared_server):
    port = shared_server.url.rsplit(":", 1)[1]
    for host in ("evil.example", f"evil.example:{port}", f"127.0.0.1.evil.example:{port}"):
        for path in ("/", "/api/stories", "/stories/s1", "/static/style.css"):
            response = httpx.get(shared_server.url + path, headers={"Host": host})
            assert response.status_code == 400, (host, path)
            assert response.text.startswith(f"invalid Host header {host!r}")
            assert "Kursk" not in response.text
            assert response.headers["content-security-policy"] == CSP


def test_the_listening_address_and_localhost_are_answered(shared_server):
    port = shared_server.url.rsplit(":", 1)[1]
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost", f"LOCALHOST:{port}"):
        response = httpx.get(shared_server.url + "/api/stories", headers={"Host": host})
        assert response.status_code == 200, host
        assert response.json()[0]["id"] == "s1"


def test_a_proxy_name_given_with_allowed_hosts_is_answered(kursk_db):
    options = ServeOptions(db=str(kursk_db), read_only=True, allowed_hosts=("news.example",))
    with BackgroundServer(options) as server:
        assert httpx.get(server.url + "/api/stories", headers={"Host": "news.example"}).status_code == 200
        assert httpx.get(server.url + "/api/stories", headers={"Host": "evil.example"}).status_code == 400


def test_listening_on_every_interface_accepts_addresses_and_own_names_not_other_names():
    everywhere = AllowedHosts.for_bind("0.0.0.0")
    assert everywhere.allows("192.168.1.20:8000") and everywhere.allows("[fe80::1]:8000")
    assert everywhere.allows("localhost:8000")
    assert not everywhere.allows("evil.example:8000")
    one = AllowedHosts.for_bind("192.168.1.20")
    assert one.allows("192.168.1.20:8000") and not one.allows("192.168.1.21:8000")
    assert AllowedHosts.for_bind("::1").allows("[::1]:8000")
