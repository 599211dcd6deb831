#!/usr/bin/env python3
"""How long a change made on one node takes to be searchable on another (docs/scaling.md).

Usage: propagation.py NODE_A NODE_B [POSTS]   e.g. propagation.py http://127.0.0.1:8391 http://127.0.0.1:8392 50
Publishes POSTS news posts in the demo school on NODE_A, one after another, and after each polls NODE_B's search
(every 10 ms) until it finds the post's unique word; prints p50, p99 and the slowest, from the publish's answer.
"""
import json
import sys
import time
import urllib.request
import uuid

SCHOOL = "thcs-sonca"


def call(base, path, token=None, body=None):
    request = urllib.request.Request(base + path, method="GET" if body is None else "POST",
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as reply:
        text = reply.read()
        return json.loads(text) if text else None


def main():
    node_a, node_b = sys.argv[1], sys.argv[2]
    posts = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    token = call(node_a, "/api/v1/auth/token",
                 body={"school": SCHOOL, "username": "hieutruong", "password": "demo-2026"})["token"]
    category = next(c["id"] for c in call(node_a, f"/api/v1/schools/{SCHOOL}/categories", token)
                    if c["kind"] == "NEWS")
    seconds = []
    for _ in range(posts):
        word = "lantruyen" + uuid.uuid4().hex[:10]
        path = f"/api/v1/schools/{SCHOOL}/posts"
        post = call(node_a, path, token, {"categoryId": category, "title": "Tin " + word, "body": f"<p>{word}</p>"})
        call(node_a, f"{path}/{post['id']}/publish", token, {})
        published = time.monotonic()
        while call(node_b, f"/api/v1/schools/{SCHOOL}/search?q={word}", token)["total"] == 0:
            time.sleep(0.01)
        seconds.append(time.monotonic() - published)
    seconds.sort()
    p99 = seconds[min(len(seconds) - 1, int(round(0.99 * len(seconds))) - 1)]
    print(f"change on {node_a} searchable on {node_b}: {posts} posts, p50 {seconds[len(seconds) // 2] * 1000:.0f} ms,"
          f" p99 {p99 * 1000:.0f} ms, slowest {seconds[-1] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
