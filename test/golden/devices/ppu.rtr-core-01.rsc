# RouterOS v7 configuration of rtr-core-01: Core router of Pusat Data pd-penajam
# Rendered by spbe-infra from the inventory and the lock of region ppu; do not edit by hand.
# NOT EMULATED: RouterOS cannot run in the spbe netlab or in CI; this script is checked against
# its golden file only. The Linux rendering (frr.conf + nftables) of the same router is what the lab proves.
# Interface names are the model's: rename the ports first, e.g. /interface ethernet set [find default-name=ether1] name=wan0
/interface vlan
add name=trunk0.100 interface=trunk0 vlan-id=100 comment="hosting range of pd-penajam (VLAN 100)"
add name=trunk0.101 interface=trunk0 vlan-id=101 comment="colocation range of pd-penajam (VLAN 101)"
add name=trunk0.102 interface=trunk0 vlan-id=102 comment="management range of pd-penajam (VLAN 102)"
/ip address
add address=10.30.247.254/31 interface=wan0a1ef7fe comment="WAN link to rtr-setda (Perangkat Daerah setda)"
add address=10.30.247.252/31 interface=wan0a1ef7fc comment="WAN link to rtr-bappelitbang (Perangkat Daerah bappelitbang)"
add address=10.30.247.250/31 interface=wan0a1ef7fa comment="WAN link to rtr-bkpsdm (Perangkat Daerah bkpsdm)"
add address=10.30.247.248/31 interface=wan0a1ef7f8 comment="WAN link to rtr-bpkad (Perangkat Daerah bpkad)"
add address=10.30.247.246/31 interface=wan0a1ef7f6 comment="WAN link to rtr-bapenda (Perangkat Daerah bapenda)"
add address=10.30.247.244/31 interface=wan0a1ef7f4 comment="WAN link to rtr-disdukcapil (Perangkat Daerah disdukcapil)"
add address=10.30.247.242/31 interface=wan0a1ef7f2 comment="WAN link to rtr-dinkes (Perangkat Daerah dinkes)"
add address=10.30.247.240/31 interface=wan0a1ef7f0 comment="WAN link to rtr-disdikpora (Perangkat Daerah disdikpora)"
add address=10.30.247.238/31 interface=wan0a1ef7ee comment="WAN link to rtr-dpmptsp (Perangkat Daerah dpmptsp)"
add address=10.30.247.236/31 interface=wan0a1ef7ec comment="WAN link to rtr-rsud (Perangkat Daerah rsud)"
add address=10.30.247.234/31 interface=wan0a1ef7ea comment="WAN link to rtr-dpupr (Perangkat Daerah dpupr)"
add address=10.30.247.232/31 interface=wan0a1ef7e8 comment="WAN link to drc-rtr-01 (drc drc-samarinda)"
add address=10.30.247.230/31 interface=wan0a1ef7e6 comment="WAN link to edge-jip-pusat (interconnect/jip-pusat)"
add address=10.30.247.228/31 interface=wan0a1ef7e4 comment="WAN link to edge-jip-daerah (interconnect/jip-daerah)"
add address=10.30.247.226/31 interface=wan0a1ef7e2 comment="WAN link to edge-pdn (interconnect/pdn)"
add address=10.30.252.1/22 interface=trunk0.100 comment="hosting range of pd-penajam (VLAN 100)"
add address=10.30.251.1/24 interface=trunk0.101 comment="colocation range of pd-penajam (VLAN 101)"
add address=10.30.250.1/24 interface=trunk0.102 comment="management range of pd-penajam (VLAN 102)"
add address=10.30.250.2/24 interface=trunk0.102 comment="management range of pd-penajam (VLAN 102)"
/routing ospf instance
add name=spbe version=2 router-id=10.30.250.2
/routing ospf area
add name=backbone area-id=0.0.0.0 instance=spbe
/routing ospf interface-template
add area=backbone interfaces=wan0a1ef7fe type=ptp
add area=backbone interfaces=wan0a1ef7fc type=ptp
add area=backbone interfaces=wan0a1ef7fa type=ptp
add area=backbone interfaces=wan0a1ef7f8 type=ptp
add area=backbone interfaces=wan0a1ef7f6 type=ptp
add area=backbone interfaces=wan0a1ef7f4 type=ptp
add area=backbone interfaces=wan0a1ef7f2 type=ptp
add area=backbone interfaces=wan0a1ef7f0 type=ptp
add area=backbone interfaces=wan0a1ef7ee type=ptp
add area=backbone interfaces=wan0a1ef7ec type=ptp
add area=backbone interfaces=wan0a1ef7ea type=ptp
add area=backbone interfaces=wan0a1ef7e8 type=ptp
add area=backbone interfaces=wan0a1ef7e6 type=ptp
add area=backbone interfaces=wan0a1ef7e4 type=ptp
add area=backbone interfaces=wan0a1ef7e2 type=ptp
add area=backbone interfaces=trunk0.100 passive
add area=backbone interfaces=trunk0.101 passive
add area=backbone interfaces=trunk0.102 passive
/ip firewall address-list
add list=own-wan0a1ef7fe address=10.30.0.0/24
add list=own-wan0a1ef7fe address=10.30.247.254/31
add list=own-wan0a1ef7fc address=10.30.1.0/25
add list=own-wan0a1ef7fc address=10.30.247.252/31
add list=own-wan0a1ef7fa address=10.30.1.128/26
add list=own-wan0a1ef7fa address=10.30.247.250/31
add list=own-wan0a1ef7f8 address=10.30.2.0/25
add list=own-wan0a1ef7f8 address=10.30.247.248/31
add list=own-wan0a1ef7f6 address=10.30.2.128/25
add list=own-wan0a1ef7f6 address=10.30.247.246/31
add list=own-wan0a1ef7f4 address=10.30.3.0/25
add list=own-wan0a1ef7f4 address=10.30.247.244/31
add list=own-wan0a1ef7f2 address=10.30.3.128/25
add list=own-wan0a1ef7f2 address=10.30.247.242/31
add list=own-wan0a1ef7f0 address=10.30.4.0/25
add list=own-wan0a1ef7f0 address=10.30.247.240/31
add list=own-wan0a1ef7ee address=10.30.1.192/26
add list=own-wan0a1ef7ee address=10.30.247.238/31
add list=own-wan0a1ef7ec address=10.30.6.0/23
add list=own-wan0a1ef7ec address=10.30.247.236/31
add list=own-wan0a1ef7ea address=10.30.4.128/25
add list=own-wan0a1ef7ea address=10.30.247.234/31
add list=own-wan0a1ef7e8 address=10.30.248.0/23
add list=own-wan0a1ef7e8 address=10.30.247.232/31
add list=own-trunk0.100 address=10.30.252.0/22
add list=own-trunk0.101 address=10.30.251.0/24
add list=own-trunk0.102 address=10.30.250.0/24
add list=management address=10.30.250.0/24
add list=intra address=10.30.0.0/16
add list=src-0 address=10.30.0.0/24
add list=dst-0 address=10.30.252.0/22
add list=dst-0 address=10.30.248.0/23
add list=dst-0 address=10.30.247.231/32
add list=dst-0 address=10.30.247.229/32
add list=dst-0 address=10.30.247.227/32
add list=src-1 address=10.30.1.0/25
add list=dst-1 address=10.30.252.0/22
add list=dst-1 address=10.30.248.0/23
add list=dst-1 address=10.30.247.231/32
add list=dst-1 address=10.30.247.229/32
add list=dst-1 address=10.30.247.227/32
add list=src-2 address=10.30.1.128/26
add list=dst-2 address=10.30.252.0/22
add list=dst-2 address=10.30.248.0/23
add list=dst-2 address=10.30.247.231/32
add list=dst-2 address=10.30.247.229/32
add list=dst-2 address=10.30.247.227/32
add list=src-3 address=10.30.2.0/25
add list=dst-3 address=10.30.252.0/22
add list=dst-3 address=10.30.248.0/23
add list=dst-3 address=10.30.247.231/32
add list=dst-3 address=10.30.247.229/32
add list=dst-3 address=10.30.247.227/32
add list=src-4 address=10.30.2.128/25
add list=dst-4 address=10.30.252.0/22
add list=dst-4 address=10.30.248.0/23
add list=dst-4 address=10.30.247.231/32
add list=dst-4 address=10.30.247.229/32
add list=dst-4 address=10.30.247.227/32
add list=src-5 address=10.30.3.0/25
add list=dst-5 address=10.30.252.0/22
add list=dst-5 address=10.30.248.0/23
add list=dst-5 address=10.30.247.231/32
add list=dst-5 address=10.30.247.229/32
add list=dst-5 address=10.30.247.227/32
add list=src-6 address=10.30.3.128/25
add list=dst-6 address=10.30.252.0/22
add list=dst-6 address=10.30.248.0/23
add list=dst-6 address=10.30.247.231/32
add list=dst-6 address=10.30.247.229/32
add list=dst-6 address=10.30.247.227/32
add list=src-7 address=10.30.4.0/25
add list=dst-7 address=10.30.252.0/22
add list=dst-7 address=10.30.248.0/23
add list=dst-7 address=10.30.247.231/32
add list=dst-7 address=10.30.247.229/32
add list=dst-7 address=10.30.247.227/32
add list=src-8 address=10.30.1.192/26
add list=dst-8 address=10.30.252.0/22
add list=dst-8 address=10.30.248.0/23
add list=dst-8 address=10.30.247.231/32
add list=dst-8 address=10.30.247.229/32
add list=dst-8 address=10.30.247.227/32
add list=src-9 address=10.30.6.0/23
add list=dst-9 address=10.30.252.0/22
add list=dst-9 address=10.30.248.0/23
add list=dst-9 address=10.30.247.231/32
add list=dst-9 address=10.30.247.229/32
add list=dst-9 address=10.30.247.227/32
add list=src-10 address=10.30.4.128/25
add list=dst-10 address=10.30.252.0/22
add list=dst-10 address=10.30.248.0/23
add list=dst-10 address=10.30.247.231/32
add list=dst-10 address=10.30.247.229/32
add list=dst-10 address=10.30.247.227/32
add list=src-11 address=10.30.248.0/23
add list=dst-11 address=10.30.252.0/22
add list=dst-11 address=10.30.251.0/24
add list=dst-12 address=10.30.252.0/22
add list=dst-13 address=10.30.252.0/22
add list=dst-14 address=10.30.252.0/22
add list=src-15 address=10.30.252.0/22
add list=dst-15 address=10.30.248.0/23
add list=dst-15 address=10.30.247.231/32
add list=dst-15 address=10.30.247.229/32
add list=dst-15 address=10.30.247.227/32
add list=src-16 address=10.30.251.0/24
add list=dst-16 address=10.30.248.0/23
add list=src-17 address=10.30.250.0/24
/ip firewall raw
add chain=prerouting in-interface=wan0a1ef7fe src-address-list=!own-wan0a1ef7fe action=drop comment="anti-spoofing wan0a1ef7fe"
add chain=prerouting in-interface=wan0a1ef7fc src-address-list=!own-wan0a1ef7fc action=drop comment="anti-spoofing wan0a1ef7fc"
add chain=prerouting in-interface=wan0a1ef7fa src-address-list=!own-wan0a1ef7fa action=drop comment="anti-spoofing wan0a1ef7fa"
add chain=prerouting in-interface=wan0a1ef7f8 src-address-list=!own-wan0a1ef7f8 action=drop comment="anti-spoofing wan0a1ef7f8"
add chain=prerouting in-interface=wan0a1ef7f6 src-address-list=!own-wan0a1ef7f6 action=drop comment="anti-spoofing wan0a1ef7f6"
add chain=prerouting in-interface=wan0a1ef7f4 src-address-list=!own-wan0a1ef7f4 action=drop comment="anti-spoofing wan0a1ef7f4"
add chain=prerouting in-interface=wan0a1ef7f2 src-address-list=!own-wan0a1ef7f2 action=drop comment="anti-spoofing wan0a1ef7f2"
add chain=prerouting in-interface=wan0a1ef7f0 src-address-list=!own-wan0a1ef7f0 action=drop comment="anti-spoofing wan0a1ef7f0"
add chain=prerouting in-interface=wan0a1ef7ee src-address-list=!own-wan0a1ef7ee action=drop comment="anti-spoofing wan0a1ef7ee"
add chain=prerouting in-interface=wan0a1ef7ec src-address-list=!own-wan0a1ef7ec action=drop comment="anti-spoofing wan0a1ef7ec"
add chain=prerouting in-interface=wan0a1ef7ea src-address-list=!own-wan0a1ef7ea action=drop comment="anti-spoofing wan0a1ef7ea"
add chain=prerouting in-interface=wan0a1ef7e8 src-address-list=!own-wan0a1ef7e8 action=drop comment="anti-spoofing wan0a1ef7e8"
add chain=prerouting in-interface=trunk0.100 src-address-list=!own-trunk0.100 action=drop comment="anti-spoofing trunk0.100"
add chain=prerouting in-interface=trunk0.101 src-address-list=!own-trunk0.101 action=drop comment="anti-spoofing trunk0.101"
add chain=prerouting in-interface=trunk0.102 src-address-list=!own-trunk0.102 action=drop comment="anti-spoofing trunk0.102"
/ip firewall filter
add chain=input connection-state=established,related action=accept
add chain=input connection-state=invalid action=drop
add chain=input in-interface=wan0a1ef7fe protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7fc protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7fa protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7f8 protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7f6 protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7f4 protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7f2 protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7f0 protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7ee protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7ec protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7ea protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7e8 protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7e6 protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7e4 protocol=ospf action=accept comment="ospf"
add chain=input in-interface=wan0a1ef7e2 protocol=ospf action=accept comment="ospf"
add chain=input src-address-list=management protocol=tcp dst-port=22 action=accept comment="ssh from management"
add chain=input src-address-list=intra protocol=icmp icmp-options=8:0 action=accept comment="ping"
add chain=input action=drop
add chain=forward connection-state=established,related action=accept
add chain=forward connection-state=invalid action=drop
add chain=forward in-interface=wan0a1ef7fe src-address-list=src-0 dst-address-list=dst-0 action=accept comment="agency:setda"
add chain=forward in-interface=wan0a1ef7fc src-address-list=src-1 dst-address-list=dst-1 action=accept comment="agency:bappelitbang"
add chain=forward in-interface=wan0a1ef7fa src-address-list=src-2 dst-address-list=dst-2 action=accept comment="agency:bkpsdm"
add chain=forward in-interface=wan0a1ef7f8 src-address-list=src-3 dst-address-list=dst-3 action=accept comment="agency:bpkad"
add chain=forward in-interface=wan0a1ef7f6 src-address-list=src-4 dst-address-list=dst-4 action=accept comment="agency:bapenda"
add chain=forward in-interface=wan0a1ef7f4 src-address-list=src-5 dst-address-list=dst-5 action=accept comment="agency:disdukcapil"
add chain=forward in-interface=wan0a1ef7f2 src-address-list=src-6 dst-address-list=dst-6 action=accept comment="agency:dinkes"
add chain=forward in-interface=wan0a1ef7f0 src-address-list=src-7 dst-address-list=dst-7 action=accept comment="agency:disdikpora"
add chain=forward in-interface=wan0a1ef7ee src-address-list=src-8 dst-address-list=dst-8 action=accept comment="agency:dpmptsp"
add chain=forward in-interface=wan0a1ef7ec src-address-list=src-9 dst-address-list=dst-9 action=accept comment="agency:rsud"
add chain=forward in-interface=wan0a1ef7ea src-address-list=src-10 dst-address-list=dst-10 action=accept comment="agency:dpupr"
add chain=forward in-interface=wan0a1ef7e8 src-address-list=src-11 dst-address-list=dst-11 action=accept comment="drc:drc-samarinda"
add chain=forward in-interface=wan0a1ef7e6 dst-address-list=dst-12 action=accept comment="interconnect:interconnect/jip-pusat"
add chain=forward in-interface=wan0a1ef7e4 dst-address-list=dst-13 action=accept comment="interconnect:interconnect/jip-daerah"
add chain=forward in-interface=wan0a1ef7e2 dst-address-list=dst-14 action=accept comment="interconnect:interconnect/pdn"
add chain=forward in-interface=trunk0.100 src-address-list=src-15 dst-address-list=dst-15 action=accept comment="hosting:pd-penajam"
add chain=forward in-interface=trunk0.101 src-address-list=src-16 dst-address-list=dst-16 action=accept comment="colocation:pd-penajam"
add chain=forward in-interface=trunk0.102 src-address-list=src-17 action=accept comment="management:pd-penajam"
add chain=forward action=drop
