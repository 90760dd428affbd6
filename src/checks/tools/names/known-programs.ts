/**
 * Programs a report may run that the catalog does not describe but that plainly exist on a Linux
 * host (coreutils, util-linux, package managers, common security and container tooling), plus shell
 * builtins and keywords. Running one of them is not worth a warning, and a name here is never an
 * invention even when it is one edit away from a catalog tool (`dd`/`id`, `tac`/`tar`, `kubelet`/`kubectl`).
 */
const BUILTINS = `
  . : [ [[ alias bg bind break builtin caller cd command compgen complete continue declare dirs disown echo
  enable eval exec exit export false fc fg getopts hash help history jobs let local logout mapfile popd
  printf pushd pwd read readarray readonly return set shift shopt source suspend test times trap true type
  typeset ulimit umask unalias unset wait function select time until while for if case do done then fi
`;

const COMMON = `
  apt apt-get apt-cache aptitude dpkg dpkg-query debsums yum dnf rpm zypper apk snap pip pip3 npm npx yarn gem go cargo
  bash sh zsh dash ksh fish busybox su sudo doas runuser login newgrp env nohup nice renice ionice taskset chrt
  timeout watch xargs stdbuf setsid flock script tmux screen clear reset tput stty tty
  cp mv rm mkdir rmdir touch ln install chgrp chattr lsattr getfacl setfacl umask sync shred truncate mktemp
  mkfifo mknod realpath readlink basename dirname pathchk du df dd ls dir vdir tree
  cat tac nl od hexdump xxd base64 base32 basenc less more most pg vi vim nvim nano emacs ed ex view pico
  cut paste join split csplit fold fmt pr expand unexpand column tr rev comm diff diff3 sdiff cmp patch
  awk gawk mawk sed grep egrep fgrep zgrep zegrep zfgrep xzgrep bzgrep rg ag ack ngrep jq yq xmllint
  sort uniq wc head tail tee seq shuf yes numfmt factor expr bc dc test true false sleep usleep
  date cal hwclock timedatectl hostnamectl localectl loginctl machinectl networkctl resolvectl busctl
  coredumpctl bootctl homectl portablectl userdbctl systemd systemd-analyze systemd-run systemd-cgls systemd-cgtop
  systemd-resolve systemd-detect-virt systemd-tmpfiles systemd-inhibit systemd-escape systemd-cat systemd-nspawn
  service chkconfig update-rc.d rc-service rc-update init telinit shutdown reboot halt poweroff runlevel
  whoami who w users groups id last lastb lastlog faillog finger useradd userdel usermod groupadd groupdel
  groupmod passwd chpasswd chage gpasswd vipw visudo pwck grpck getent nologin
  ps pstree top htop atop btop iotop iftop nethogs pidof pidstat pmap pwdx free vmstat iostat mpstat sar
  dstat nmon glances uptime tload slabtop skill snice kill killall pkill pgrep fuser lsof prlimit
  strace ltrace mtrace gdb perf bpftrace bpftool trace-cmd ftrace execsnoop opensnoop tcpconnect gcore
  file stat strings objdump readelf nm ldd ld.so ldconfig size addr2line c++filt elfedit patchelf upx
  gcc cc g++ clang make cmake ld as python python3 perl ruby php node java lua tclsh
  md5sum sha1sum sha224sum sha256sum sha384sum sha512sum b2sum shasum cksum sum openssl gpg gpg2 ssh-keygen
  tar gzip gunzip zcat bzip2 bunzip2 bzcat xz unxz xzcat zstd unzstd zip unzip 7z cpio ar rsync scp sftp ssh
  curl wget nc ncat netcat socat telnet ftp dig host nslookup whois ping ping6 traceroute tracepath mtr
  arp arping ip ifconfig route netstat ss iw iwconfig ethtool nmcli brctl bridge tc nft iptables ip6tables
  iptables-save iptables-restore ip6tables-save ip6tables-restore ebtables arptables xtables-monitor
  ufw firewall-cmd conntrack tcpdump tshark wireshark termshark nmap masscan hping3 ipset
  mount umount findmnt lsblk blkid fdisk sfdisk parted mkfs fsck e2fsck tune2fs losetup swapon swapoff
  lscpu lspci lsusb lsmem lsipc lslocks lslogins lsirq lsfd lsns lsmod modprobe insmod rmmod modinfo depmod
  dmesg journalctl logger logrotate rsyslogd syslog-ng auditd auditctl ausearch aureport autrace augenrules
  sysctl uname hostname dnsdomainname domainname nproc arch getconf locale ulimit chroot pivot_root
  nsenter unshare setpriv capsh getcap setcap getpcaps filecap pscap
  apparmor_parser apparmor_status aa-status aa-enforce aa-complain aa-disable aa-logprof aa-genprof aa-unconfined
  getenforce setenforce sestatus semanage semodule restorecon chcon runcon ausearch audit2allow audit2why
  crontab at atq atrm batch anacron systemctl
  docker dockerd docker-compose containerd containerd-shim containerd-shim-runc-v2 ctr crictl runc crun runsc
  podman buildah skopeo nerdctl lima colima cri-o crio conmon
  kubectl kubeadm kubelet kube-proxy kubectx kubens k9s stern helm kustomize kind minikube k3s k3d k0s
  microk8s oc eksctl aws gcloud az terraform ansible ansible-playbook vagrant packer
  trivy grype syft cosign notation falco falcoctl falcosidekick falcosidekick-ui falco-driver-loader
  falco-exporter falco-talon event-generator sysdig csysdig tracee tetragon tetra osqueryi osqueryd
  falcon falconctl falcon-sensor falcon-kernel-check lynis chkrootkit rkhunter clamscan freshclam aide yara tripwire inspektor-gadget kubectl-gadget ig
  git svn hg jq yq envsubst gettext iconv dos2unix unix2dos file mail sendmail
  nginx apache2 apache2ctl apachectl httpd haproxy caddy envoy php-fpm uwsgi gunicorn
  psql pg_dump pg_ctl pg_ctlcluster mysql mysqldump mariadb redis-cli mongosh sqlite3 etcdctl
`;

const SHELL_WORDS = new Set(BUILTINS.split(/\s+/).filter(Boolean));
const REAL_PROGRAMS = new Set([...SHELL_WORDS, ...COMMON.split(/\s+/).filter(Boolean)]);

/** True for shell builtins, keywords and plainly real programs outside the catalog. */
export function isCommonProgram(name: string): boolean {
  return REAL_PROGRAMS.has(name);
}

/**
 * Real programs outside the catalog whose names are not everyday words: when prose names one
 * (`helm ... --set`), a lone option nearby may well be its, and nothing can be said about it.
 */
const DISTINCTIVE = new Set(
  `helm podman nerdctl buildah skopeo containerd dockerd kubelet kubeadm kubectx kubens minikube k3s k3d k9s microk8s
  kustomize terraform ansible sysdig csysdig falcosidekick falco-exporter falco-talon tetragon tracee bpftrace osqueryi
  trivy grype syft cosign gcloud eksctl jq yq openssl ssh scp rsync git apt apt-get yum dnf rpm dpkg pip pip3 npm
  systemd auditd ufw firewall-cmd nmap tshark wireshark ltrace gdb perf htop vmstat iostat lsattr chattr setfacl
  getfacl semanage restorecon apparmor_parser aa-enforce aa-complain crontab visudo useradd usermod sudo chroot
  capsh ldd hexdump xxd base64 gzip zcat unzip ncat netcat socat nslookup traceroute tmux vim nano python3 perl
  docker-compose iptables-save iptables-restore ebtables ipset ethtool ifconfig nmcli`.split(/\s+/).filter(Boolean),
);

export function isDistinctiveProgram(name: string): boolean {
  return DISTINCTIVE.has(name);
}
