#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <fcntl.h>
#include <signal.h>

/// fcntl is variadic.
static inline int csystem_set_nonblocking(int fd) {
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags < 0) return -1;
    return fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}
static inline int csystem_set_cloexec(int fd) {
    return fcntl(fd, F_SETFD, FD_CLOEXEC);
}
/// epoll_event is a packed struct on x86_64; these accessors keep Swift away from its layout.
static inline uint32_t csystem_epoll_event_events(const struct epoll_event *e) { return e->events; }
static inline uint64_t csystem_epoll_event_u64(const struct epoll_event *e) { return e->data.u64; }
static inline int csystem_epoll_ctl(int epfd, int op, int fd, uint32_t events, uint64_t data) {
    struct epoll_event ev;
    ev.events = events;
    ev.data.u64 = data;
    return epoll_ctl(epfd, op, fd, &ev);
}

#include <sys/syscall.h>
#include <unistd.h>
#include <poll.h>
/// accept4 is a GNU extension that Swift's Glibc module does not expose.
static inline int csystem_accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
    return (int)syscall(SYS_accept4, fd, addr, len, flags);
}
/// Reads one event of an epoll_wait result array (the array's stride is C's, not Swift's).
static inline uint32_t csystem_epoll_events_at(const struct epoll_event *e, int i) { return e[i].events; }
static inline uint64_t csystem_epoll_data_at(const struct epoll_event *e, int i) { return e[i].data.u64; }
