"""gunicorn settings for every Sinergi app server (systemd units and `make stack` alike).

The address comes from the command line (--bind 127.0.0.1:8001); the rest from the environment."""

import os

# gunicorn's own variable, which the deployment check reads too.
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = 1
timeout = 60  # nginx waits 65 s (deploy/nginx/sinergi-app.conf)
graceful_timeout = 20
keepalive = 5
max_requests = 2000  # recycle workers now and then, spread so they do not all restart at once
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
access_log_format = '%({x-forwarded-for}i)s "%(r)s" %(s)s %(b)s %(M)sms'
forwarded_allow_ips = "127.0.0.1"
# Several app servers on one machine would share gunicorn's default control socket path; nothing uses it.
control_socket_disable = True
# Load Django before listening: a restarted app server takes connections only once it can answer them (nginx
# sends requests to the other one meanwhile), and its workers start from the loaded app in a moment.
# New code: restart each app server in turn (systemctl restart sinergi-gunicorn@8001, then @8002).
preload_app = True
